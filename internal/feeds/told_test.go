package feeds

import (
	"errors"
	"net"
	"os"
	"syscall"
	"testing"
)

// TestFailureToldOnceAcrossPorts: a connection reset names the local port,
// which changes at every poll; it is one failure, told once.
func TestFailureToldOnceAcrossPorts(t *testing.T) {
	reset := func(port int) error {
		return &net.OpError{Op: "read", Net: "tcp", Source: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: port},
			Addr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 18391}, Err: os.NewSyscallError("read", syscall.ECONNRESET)}
	}
	tl := newTold()
	if !tl.failure("http://feed.example/rss", reset(40204)) {
		t.Fatal("the first failure was not told")
	}
	if tl.failure("http://feed.example/rss", reset(54884)) {
		t.Error("the same reset from another local port was told again")
	}
	if !tl.failure("http://feed.example/rss", errors.New("HTTP 503 Service Unavailable")) {
		t.Error("a failure of another kind was not told")
	}
}
