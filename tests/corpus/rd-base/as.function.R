# rheap corpus: rd-base/as.function.R
# source: the examples of help page as.function.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: as.function
### Title: Convert Object to Function
### Aliases: as.function as.function.default
### Keywords: programming

### ** Examples

as.function(alist(a = , b = 2, a+b))
as.function(alist(a = , b = 2, a+b))(3)



