# rheap corpus: rd-stats/xtabs.R
# source: the examples of help page xtabs.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (package Matrix: 1; package tools: 1)

### Name: xtabs
### Title: Cross Tabulation
### Aliases: xtabs print.xtabs
### Keywords: category

### ** Examples

## 'esoph' has the frequencies of cases and controls for all levels of
## the variables 'agegp', 'alcgp', and 'tobgp'.
xtabs(cbind(ncases, ncontrols) ~ ., data = esoph)
## Output is not really helpful ... flat tables are better:
ftable(xtabs(cbind(ncases, ncontrols) ~ ., data = esoph))
## In particular if we have fewer factors ...
ftable(xtabs(cbind(ncases, ncontrols) ~ agegp, data = esoph))

## This is already a contingency table in array form.
DF <- as.data.frame(UCBAdmissions)
## Now 'DF' is a data frame with a grid of the factors and the counts
## in variable 'Freq'.
DF
## Nice for taking margins ...
xtabs(Freq ~ Gender + Admit, DF)
## And for testing independence ...
summary(xtabs(Freq ~ ., DF))

## with NA's
DN <- DF; DN[cbind(6:9, c(1:2,4,1))] <- NA
DN # 'Freq' is missing only for (Rejected, Female, B)
#- pruned (package tools): tools::assertError(# 'na.fail' should fail :
#-      xtabs(Freq ~ Gender + Admit, DN, na.action=na.fail), verbose=TRUE)
op <- options(na.action = "na.omit") # the "factory" default
(xtabs(Freq ~ Gender + Admit, DN) -> xtD)
noC <- function(O) `attr<-`(O, "call", NULL)
ident_noC <- function(x,y) identical(noC(x), noC(y))
stopifnot(exprs = {
  ident_noC(xtD, xtabs(Freq ~ Gender + Admit, DN, na.action = na.omit))
  ident_noC(xtD, xtabs(Freq ~ Gender + Admit, DN, na.action = NULL))
})

xtabs(Freq ~ Gender + Admit, DN, na.action = na.pass)
## The Female:Rejected combination has NA 'Freq' (and NA prints 'invisibly' as "")
(xtNA <- xtabs(Freq ~ Gender + Admit, DN, addNA = TRUE)) # ==> count NAs
## show NA's better via  na.print = ".." :
print(xtNA, na.print= "NA")


## Create a nice display for the warp break data.
warpbreaks$replicate <- rep_len(1:9, 54)
ftable(xtabs(breaks ~ wool + tension + replicate, data = warpbreaks))

### ---- Sparse Examples ----

## No test: 
#- pruned (package Matrix): if(require("Matrix")) withAutoprint({
#-  ## similar to "nlme"s  'ergoStool' :
#-  d.ergo <- data.frame(Type = paste0("T", rep(1:4, 9*4)),
#-                       Subj = gl(9, 4, 36*4))
#-  xtabs(~ Type + Subj, data = d.ergo) # 4 replicates each
#-  set.seed(15) # a subset of cases:
#-  xtabs(~ Type + Subj, data = d.ergo[sample(36, 10), ], sparse = TRUE)
#- 
#-  ## Hypothetical two-level setup:
#-  inner <- factor(sample(letters[1:25], 100, replace = TRUE))
#-  inout <- factor(sample(LETTERS[1:5], 25, replace = TRUE))
#-  fr <- data.frame(inner = inner, outer = inout[as.integer(inner)])
#-  xtabs(~ inner + outer, fr, sparse = TRUE)
#- })
## End(No test)



