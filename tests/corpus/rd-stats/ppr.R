# rheap corpus: rd-stats/ppr.R
# source: the examples of help page ppr.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 5)

### Name: ppr
### Title: Projection Pursuit Regression
### Aliases: ppr ppr.default ppr.formula
### Keywords: regression

### ** Examples

#- pruned (graphics): require(graphics)

# Note: your numerical values may differ
attach(rock)
area1 <- area/10000; peri1 <- peri/10000
rock.ppr <- ppr(log(perm) ~ area1 + peri1 + shape,
                data = rock, nterms = 2, max.terms = 5)
rock.ppr
# Call:
# ppr.formula(formula = log(perm) ~ area1 + peri1 + shape, data = rock,
#     nterms = 2, max.terms = 5)
#
# Goodness of fit:
#  2 terms  3 terms  4 terms  5 terms
# 8.737806 5.289517 4.745799 4.490378

summary(rock.ppr)
# .....  (same as above)
# .....
#
# Projection direction vectors ('alpha'):
#       term 1      term 2
# area1  0.34357179  0.37071027
# peri1 -0.93781471 -0.61923542
# shape  0.04961846  0.69218595
#
# Coefficients of ridge terms:
#    term 1    term 2
# 1.6079271 0.5460971

#- pruned (graphics): par(mfrow = c(3,2))   # maybe: , pty = "s")
#- pruned (graphics): plot(rock.ppr, main = "ppr(log(perm)~ ., nterms=2, max.terms=5)")
#- pruned (graphics): plot(update(rock.ppr, bass = 5), main = "update(..., bass = 5)")
#- pruned (graphics): plot(update(rock.ppr, sm.method = "gcv", gcvpen = 2),
#-      main = "update(..., sm.method=\"gcv\", gcvpen=2)")
cbind(perm = rock$perm, prediction = round(exp(predict(rock.ppr)), 1))
detach()



