# rheap corpus: rd-base/zpackages.R
# source: the examples of help page zpackages.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (package splines: 2)

### Name: zpackages
### Title: Listing of Packages
### Aliases: .packages
### Keywords: data

### ** Examples

(.packages())               # maybe just "base"
.packages(all.available = TRUE) # return all available as character vector
#- pruned (package splines): require(splines)
(.packages())               # "splines", too
#- pruned (package splines): detach("package:splines")



