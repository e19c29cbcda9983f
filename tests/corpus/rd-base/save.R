# rheap corpus: rd-base/save.R
# source: the examples of help page save.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 8 expression(s) (files: 7; uses pruned variable: 1)

### Name: save
### Title: Save R Objects
### Aliases: save save.image
### Keywords: file

### ** Examples

## Don't show: 
#- pruned (files): oldwd <- setwd(tempdir()) # so examples do write there
## End(Don't show)
x <- stats::runif(20)
y <- list(a = 1, b = TRUE, c = "oops")
#- pruned (files): save(x, y, file = "xy.RData")
#- pruned (files): save.image() # creating ".RData" in current working directory
#- pruned (files): unlink("xy.RData")

# set save defaults using option:
options(save.defaults = list(ascii = TRUE, safe = FALSE))
#- pruned (files): save.image() # creating ".RData"
#- pruned (files): if(interactive()) withAutoprint({
#-    file.info(".RData")
#-    readLines(".RData", n = 7) # first 7 lines; first starts w/ "RDA"..
#- })
#- pruned (files): unlink(".RData")
## Don't show: 
#- pruned (uses pruned oldwd): setwd(oldwd)
## End(Don't show)



