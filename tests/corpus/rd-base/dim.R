# rheap corpus: rd-base/dim.R
# source: the examples of help page dim.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: dim
### Title: Dimensions of an Object
### Aliases: dim dim.data.frame dim<-
### Keywords: array

### ** Examples

x <- 1:12 ; dim(x) <- c(3,4)
x

# simple versions of nrow and ncol could be defined as follows
nrow0 <- function(x) dim(x)[1]
ncol0 <- function(x) dim(x)[2]



