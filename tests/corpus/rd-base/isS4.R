# rheap corpus: rd-base/isS4.R
# source: the examples of help page isS4.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 1 expression(s) (timing: 1)

### Name: isS4
### Title: Test for an S4 object
### Aliases: isS4 asS4 S4 asS3
### Keywords: programming

### ** Examples

## Don't show: 
require(methods)
## End(Don't show)
isS4(pi) # FALSE
isS4(getClass("MethodDefinition")) # TRUE
## Don't show: 
#- pruned (timing): stopifnot(isS4(asS4(Sys.time())))
## Following is a correction of previous behavior. See note in the
## value section above
stopifnot(isS4(asS4(getClass("MethodDefinition"), FALSE, 2)))
stopifnot(!isS4(asS4(getClass("MethodDefinition"), FALSE, 0)))
## End(Don't show)



