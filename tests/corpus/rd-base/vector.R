# rheap corpus: rd-base/vector.R
# source: the examples of help page vector.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: vector
### Title: Vectors - Creation, Coercion, etc
### Aliases: vector as.vector as.vector.data.frame as.vector.factor
###   as.vector.POSIXlt is.vector atomic
### Keywords: classes

### ** Examples

df <- data.frame(x = 1:3, y = 5:7)
## Error:
try(as.vector(data.frame(x = 1:3, y = 5:7), mode = "numeric"))

x <- c(a = 1, b = 2)
is.vector(x)
as.vector(x)
all.equal(x, as.vector(x)) ## FALSE


###-- All the following are TRUE:
is.list(df)
! is.vector(df)
! is.vector(df, mode = "list")

is.vector(list(), mode = "list")



