package storetest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
)

// testEnqueueAgain checks that a document queued again, in the same call or
// a later one, keeps the queue item it has: New is false and Seq is the
// first one's.
func testEnqueueAgain(t *testing.T, st corroborate.Store) {
	s, ok := st.(corroborate.StreamStore)
	if !ok {
		t.Skipf("SKIP (loud): %T is not a StreamStore", st)
	}
	doc := func(id, text string) corroborate.Document {
		return corroborate.Document{Source: id + ".txt", Format: "text", ID: id, Body: []byte(text)}
	}
	first, err := s.Enqueue(ctx(t), "b1", []corroborate.Document{
		doc("d1", "Ferry late."), doc("d2", "Bridge shut."), doc("d1", "Ferry late, again.")})
	if err != nil {
		t.Fatalf("Enqueue: %v", err)
	}
	if len(first) != 3 || !first[0].New || !first[1].New || first[0].Seq == first[1].Seq {
		t.Fatalf("Enqueue = %+v, want two new items", first)
	}
	if want := (corroborate.Enqueued{Seq: first[0].Seq}); first[2] != want {
		t.Errorf("Enqueue of d1 twice in one call: second = %+v, want %+v", first[2], want)
	}
	again, err := s.Enqueue(ctx(t), "b2", []corroborate.Document{doc("d2", "Bridge shut."), doc("d1", "Ferry late.")})
	if err != nil {
		t.Fatalf("Enqueue again: %v", err)
	}
	want := []corroborate.Enqueued{{Seq: first[1].Seq}, {Seq: first[0].Seq}}
	if d := cmp.Diff(want, again); d != "" {
		t.Errorf("Enqueue again (-want +got):\n%s", d)
	}
}
