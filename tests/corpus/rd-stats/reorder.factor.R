# rheap corpus: rd-stats/reorder.factor.R
# source: the examples of help page reorder.factor.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (graphics: 2)

### Name: reorder.default
### Title: Reorder Levels of a Factor
### Aliases: reorder reorder.default
### Keywords: utilities

### ** Examples

#- pruned (graphics): require(graphics)

bymedian <- with(InsectSprays, reorder(spray, count, median))
#- pruned (graphics): boxplot(count ~ bymedian, data = InsectSprays,
#-         xlab = "Type of spray", ylab = "Insect count",
#-         main = "InsectSprays data", varwidth = TRUE,
#-         col = "lightgray")

bymedianR <- with(InsectSprays, reorder(spray, count, median, decreasing=TRUE))
stopifnot(exprs = {
    identical(attr(bymedian, "scores") -> sc,
              attr(bymedianR,"scores"))
    identical(nms <- names(sc), LETTERS[1:6])
    identical(levels(bymedian ), nms[isc <- order(sc)])
    identical(levels(bymedianR), nms[rev(isc)])
})



