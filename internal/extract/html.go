package extract

import (
	"errors"

	"github.com/corroborate/corroborate"
)

// fromHTML extracts the main text and metadata of an HTML page.
func fromHTML(doc corroborate.Document, opt Options) (corroborate.Article, error) {
	return corroborate.Article{}, errors.New("HTML extraction is not built yet")
}
