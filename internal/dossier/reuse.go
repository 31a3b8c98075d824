package dossier

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/reuse"
)

// runReuse aligns the articles of the story with each other and fills the
// reuse edges, each article's credits and originality, and the number of
// independent origins. It reads the quotations if the quotes stage found
// any, to weigh shared quotations as weak evidence of copying.
func runReuse(d *corroborate.Dossier, opt Options) bool {
	res := reuse.Analyze(d.Articles, d.Quotes, reuse.Options{Speakers: d.Speakers})
	d.Reuse = res.Reuse
	for i := range d.Articles {
		d.Articles[i].Credits = res.Credits[i]
		d.Articles[i].Originality = res.Originality[i]
	}
	d.Story.Origins = res.Origins
	return true
}
