package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
)

// EachLine calls fn with each line of the file at path that is not blank,
// for the line-based files of the benchmarks (JSON Lines, brat annotations). A line may be up to 64 MiB; its
// bytes are valid only during the call. The first error of fn stops the walk
// and comes back as "path:N: err", N counting lines from 1.
func EachLine(path string, fn func(line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
