# rheap corpus: rd-base/get.R
# source: the examples of help page get.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: get
### Title: Return the Value of a Named Object
### Aliases: get mget dynGet
### Keywords: data

### ** Examples

get("%o%")

## test mget
e1 <- new.env()
mget(letters, e1, ifnotfound = as.list(LETTERS))



