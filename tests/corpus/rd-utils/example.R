# rheap corpus: rd-utils/example.R
# source: the examples of help page example.Rd of package utils (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 7 expression(s) (interactive: 5; uses pruned variable: 2)

### Name: example
### Title: Run an Examples Section from the Online Help
### Aliases: example
### Keywords: documentation utilities

### ** Examples

#- pruned (interactive): example(InsectSprays)
## force use of the standard package 'stats':
#- pruned (interactive): example("smooth", package = "stats", lib.loc = .Library)

## set RNG *before* example as when R CMD check is run:

#- pruned (interactive): r1 <- example(quantile, setRNG = TRUE)
x1 <- rnorm(1)
u <- runif(1)
## identical random numbers
#- pruned (interactive): r2 <- example(quantile, setRNG = TRUE)
x2 <- rnorm(1)
#- pruned (uses pruned r1): stopifnot(identical(r1, r2))
## but x1 and x2 differ since the RNG state from before example()
## differs and is restored!
x1; x2

## Exploring examples code:
## How large are the examples of "lm...()" functions?
#- pruned (interactive): lmex <- sapply(apropos("^lm", mode = "function"),
#-                example, character.only = TRUE, give.lines = TRUE)
#- pruned (uses pruned lmex): sapply(lmex, length)



