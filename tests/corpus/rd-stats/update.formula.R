# rheap corpus: rd-stats/update.formula.R
# source: the examples of help page update.formula.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: update.formula
### Title: Model Updating
### Aliases: update.formula
### Keywords: models

### ** Examples

update(y ~ x,    ~ . + x2) #> y ~ x + x2
update(y ~ x, log(.) ~ . ) #> log(y) ~ x
update(. ~ u+v, res  ~ . ) #> res ~ u + v



