# rheap corpus: rd-base/char.expand.R
# source: the examples of help page char.expand.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: char.expand
### Title: Expand a String with Respect to a Target Table
### Aliases: char.expand
### Keywords: character

### ** Examples

locPars <- c("mean", "median", "mode")
char.expand("me", locPars, warning("Could not expand!"))
char.expand("mo", locPars)



