# rheap corpus: rd-base/typeof.R
# source: the examples of help page typeof.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: typeof
### Title: The Type of an Object
### Aliases: typeof type
### Keywords: attribute

### ** Examples

typeof(2)
mode(2)
## for a table of examples, see  ?mode  /  examples(mode)



