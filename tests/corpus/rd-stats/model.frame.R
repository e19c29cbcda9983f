# rheap corpus: rd-stats/model.frame.R
# source: the examples of help page model.frame.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: model.frame
### Title: Extracting the Model Frame from a Formula or Fit
### Aliases: model.frame model.frame.default model.frame.lm model.frame.glm
###   model.frame.aovlist get_all_vars
### Keywords: models

### ** Examples

data.class(model.frame(dist ~ speed, data = cars))

## get_all_vars(): new var.s are recycled (iff length matches: 50 = 2*25)
ncars <- get_all_vars(sqrt(dist) ~ I(speed/2), data = cars, newVar = 2:3)
stopifnot(is.data.frame(ncars),
          identical(cars, ncars[,names(cars)]),
          ncol(ncars) == ncol(cars) + 1)



