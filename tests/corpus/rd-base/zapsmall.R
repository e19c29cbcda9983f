# rheap corpus: rd-base/zapsmall.R
# source: the examples of help page zapsmall.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: zapsmall
### Title: Rounding of Numbers: Zapping Small Ones to Zero
### Aliases: zapsmall
### Keywords: arith

### ** Examples

x2 <- pi * 100^(-1:3)
print(x2 / 1000, digits = 4)
zapsmall(x2 / 1000, digits = 4)

zapsmall(exp(1i*0:4*pi/2))



