package main

import "github.com/corroborate/corroborate/internal/ui"

// The HTML format is the web UI's story page as one self-contained file.
func init() { formats["html"] = ui.RenderStandalone }
