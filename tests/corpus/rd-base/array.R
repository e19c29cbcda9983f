# rheap corpus: rd-base/array.R
# source: the examples of help page array.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: array
### Title: Multi-way Arrays
### Aliases: array as.array as.array.default is.array
### Keywords: array

### ** Examples

dim(as.array(letters))
array(1:3, c(2,4)) # recycle 1:3 "2 2/3 times"
#     [,1] [,2] [,3] [,4]
#[1,]    1    3    2    1
#[2,]    2    1    3    2



