# rheap corpus: rd-base/name.R
# source: the examples of help page name.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: name
### Title: Names and Symbols
### Aliases: name is.symbol as.symbol as.name is.name
### Keywords: programming attribute

### ** Examples

an <- as.name("arrg")
is.name(an) # TRUE
mode(an)   # name
typeof(an) # symbol



