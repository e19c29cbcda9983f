# rheap corpus: rd-base/strrep.R
# source: the examples of help page strrep.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: strrep
### Title: Repeat the Elements of a Character Vector
### Aliases: strrep
### Keywords: character

### ** Examples

strrep("ABC", 2)
strrep(c("A", "B", "C"), 1 : 3)
## Create vectors with the given numbers of spaces:
strrep(" ", 1 : 5)



