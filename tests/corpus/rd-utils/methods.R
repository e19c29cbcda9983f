# rheap corpus: rd-utils/methods.R
# source: the examples of help page methods.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (graphics: 1; package Matrix: 1)

### Name: methods
### Title: List Methods for S3 Generic Functions or Classes
### Aliases: .S3methods methods format.MethodsFunction
###   print.MethodsFunction
### Keywords: methods

### ** Examples

methods(class = "MethodsFunction") # format and print

require(stats)

methods(summary)
methods(class = "aov")    # S3 class
## The same, with more details and more difficult to read:
print(methods(class = "aov"), byclass=FALSE)
methods("[[")             # uses C-internal dispatching
methods("$")
methods("$<-")            # replacement function
methods("+")              # binary operator
methods("Math")           # group generic
#- pruned (graphics): require(graphics)
methods(axis)             # looks like a generic, but is not

mf <- methods(format)     # quite a few; ... the last few :
tail(cbind(meth = format(mf)))

#- pruned (package Matrix): if(require(Matrix, quietly = TRUE)) {
#- print(methods(class = "Matrix"))  # S4 class
#- m <- methods(dim)         # S3 and S4 methods
#- print(m)
#- print(attr(m, "info"))    # more extensive information
#- 
#- ## --> help(showMethods) for related examples
#- }



