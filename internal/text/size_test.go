package text

import "testing"

func TestOverLimit(t *testing.T) {
	tests := []struct {
		size, max int64
		want      string
	}{
		{2000, 500, "2,000 bytes, over the limit of 500 bytes"},
		{41943040 + 200000, 1 << 20, "40.2 MiB, over the limit of 1 MiB"},
		{1<<30 + 1, 64 << 20, "1024.0 MiB, over the limit of 64 MiB"},
		{64<<20 + 10, 64 << 20, "67,108,874 bytes, over the limit of 67,108,864 bytes"},
		{3 << 20, 2<<20 + 1<<19, "3 MiB, over the limit of 2.5 MiB"},
	}
	for _, tt := range tests {
		if got := OverLimit(tt.size, tt.max); got != tt.want {
			t.Errorf("OverLimit(%d, %d) = %q, want %q", tt.size, tt.max, got, tt.want)
		}
	}
}
