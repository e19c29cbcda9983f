# rheap corpus: rd-utils/package.skeleton.R
# source: the examples of help page package.skeleton.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (files: 3; uses pruned variable: 1)

### Name: package.skeleton
### Title: Create a Skeleton for a New Source Package
### Aliases: package.skeleton
### Keywords: file utilities

### ** Examples

require(stats)
## two functions and two "data sets" :
f <- function(x, y) x+y
g <- function(x, y) x-y
d <- data.frame(a = 1, b = 2)
e <- rnorm(1000)
## Don't show: 
  #- pruned (files): owd <- getwd()
  #- pruned (files): setwd(tempdir())
## End(Don't show)
#- pruned (files): package.skeleton(list = c("f","g","d","e"), name = "mypkg")
## Don't show: 
 #- pruned (uses pruned owd): setwd(owd) 
## End(Don't show)



