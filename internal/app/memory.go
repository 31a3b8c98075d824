package app

import (
	"bufio"
	"bytes"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// unknownMemory is assumed when the machine's memory cannot be read.
const unknownMemory = 4 << 30

// machineMemory returns the memory this process may use: the least of the
// machine's memory, its cgroup's limit and GOMEMLIMIT, as far as they can
// be read.
func machineMemory() int64 {
	m := int64(math.MaxInt64)
	if kb := meminfoTotal(); kb > 0 {
		m = kb << 10
	}
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		if b, err := os.ReadFile(f); err == nil {
			if n, err := strconv.ParseInt(string(bytes.TrimSpace(b)), 10, 64); err == nil && n > 0 {
				m = min(m, n)
			}
		}
	}
	m = min(m, debug.SetMemoryLimit(-1)) // reads GOMEMLIMIT; MaxInt64 when unset
	if m == math.MaxInt64 {
		return unknownMemory
	}
	return m
}

// meminfoTotal reads MemTotal from /proc/meminfo, in KiB; 0 when unknown.
func meminfoTotal() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
