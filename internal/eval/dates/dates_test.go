package dates

import (
	"context"
	"testing"
)

func TestFigures(t *testing.T) {
	pages := []Page{
		{Key: "a", Truth: "2024-03-14", HTML: []byte("2024-03-14")}, // right
		{Key: "b", Truth: "2024-03-14", HTML: []byte("2024-03-15")}, // wrong date
		{Key: "c", Truth: "", HTML: []byte("2024-03-15")},           // a date where there is none
		{Key: "d", Truth: "", HTML: nil},                            // rightly none
		{Key: "e", Truth: "2024-03-14", HTML: nil},                  // missed
	}
	res, err := Run(context.Background(), "echo", pages, func(h []byte) string { return string(h) })
	if err != nil {
		t.Fatal(err)
	}
	f := res.Figures()
	if f.Counts.TP != 1 || f.Counts.FP != 2 || f.TN != 1 || f.Counts.FN != 1 {
		t.Fatalf("counts = %+v tn=%d, want tp 1 fp 2 tn 1 fn 1", f.Counts, f.TN)
	}
	if f.Accuracy != 0.4 || f.Precision != 1.0/3 || f.Rec != 0.5 {
		t.Errorf("accuracy %v precision %v recall %v, want 0.4, 1/3, 0.5", f.Accuracy, f.Precision, f.Rec)
	}
}
