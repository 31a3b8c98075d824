// Package corroborate holds the domain types of the corroborate dossier:
// what the coverage of one news story says, across many outlets.
//
// The pipeline, one package per stage under internal/:
//
//	ingest   a path, folder, JSONL file, HTML page or feed -> raw documents
//	extract  raw document -> Article: clean text, title, outlet, byline, date
//	text     Article -> sentences (byte offsets), tokens, shingles
//	quotes   Article -> quote mentions with their speakers
//	reuse    the Articles of a story -> aligned passages, direction, credits
//	claims   Articles + quotes -> claims with support, conflicts
//	summary  claims + reuse -> a short summary citing its sources
//	cluster  a stream of Articles -> story assignments
//	dossier  runs the stages in order for one story
//
// Glossary:
//
//	article   one report by one outlet, identified by the hash of its content
//	outlet    the publisher of an article ("Associated Press")
//	origin    an article not substantially derived from another one in the story
//	credit    an explicit attribution of text to an outlet ("according to Reuters")
//	claim     a statement of fact, aligned across the articles that make it
//	conflict  two or more sides that state incompatible values for one thing
//
// Offsets are byte offsets into Article.Text throughout.
package corroborate
