# rheap corpus: rd-base/search.R
# source: the examples of help page search.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: search
### Title: Give Search Path for R Objects
### Aliases: search searchpaths .rmpkg
### Keywords: data

### ** Examples

search()
searchpaths()



