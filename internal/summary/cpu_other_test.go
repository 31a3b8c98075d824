//go:build !unix

package summary_test

// cpuSeconds is 0 where the process's CPU time is not read: the benchmark's
// cpu-s/op is then 0.
func cpuSeconds() float64 { return 0 }
