# rheap corpus: rd-base/dump.R
# source: the examples of help page dump.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 3 expression(s) (files: 1; uses pruned variable: 2)

### Name: dump
### Title: Text Representations of R Objects
### Aliases: dump
### Keywords: file connection

### ** Examples

x <- 1; y <- 1:10
#- pruned (files): fil <- tempfile(fileext=".Rdmped")
#- pruned (uses pruned fil): dump(ls(pattern = '^[xyz]'), fil)
print(.Last.value)
#- pruned (uses pruned fil): unlink(fil)



