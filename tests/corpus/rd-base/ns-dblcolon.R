# rheap corpus: rd-base/ns-dblcolon.R
# source: the examples of help page ns-dblcolon.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: ns-dblcolon
### Title: Double Colon and Triple Colon Operators
### Aliases: :: :::
### Keywords: programming

### ** Examples

base::log
base::"+"

## Beware --  use ':::' at your own risk! (see "Details")
stats:::coef.default



