package sqlstore

// Changes is the bookkeeping of one assignment commit or regrouping: the
// stories whose articles changed, in the order they were first touched, how
// many articles each gained (less those it lost), and whether articles moved
// in or out. The stores update each story's row once at the end from it.
// The zero value is ready to use.
type Changes struct {
	order []string
	delta map[string]int
	moved map[string]bool
}

// Touch records story as changed without counting any article: its
// analysis is due again even if no row of it changed.
func (c *Changes) Touch(story string) {
	if c.delta == nil {
		c.delta = map[string]int{}
	}
	if _, ok := c.delta[story]; !ok {
		c.delta[story] = 0
		c.order = append(c.order, story)
	}
}

// Linked records that n articles were linked to story (negative: unlinked).
func (c *Changes) Linked(story string, n int) {
	c.Touch(story)
	c.delta[story] += n
}

// Moved records that n articles moved into story (negative: out of it) by
// a regrouping. The story's revision grows even when its count ends where it
// started, since its articles are not the same.
func (c *Changes) Moved(story string, n int) {
	c.Linked(story, n)
	if c.moved == nil {
		c.moved = map[string]bool{}
	}
	c.moved[story] = true
}

// Stories returns the stories touched, in the order first touched.
func (c *Changes) Stories() []string { return c.order }

// Revised reports whether story's row must change (its revision grow) and
// by how many articles its count changes.
func (c *Changes) Revised(story string) (delta int, ok bool) {
	delta = c.delta[story]
	return delta, delta != 0 || c.moved[story]
}
