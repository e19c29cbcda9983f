# rheap corpus: mass-book/ch02.R
# source: Venables & Ripley, MASS 4th ed., chapter script ch02.R (package MASS 7.3.58.2)
# licence: GPL-2 | GPL-3 (package MASS)
# pruned by tools/corpus/prune.R: 47 expression(s) (detaches pruned attach(painters): 2; package MASS: 20; uses pruned variable: 25)

#-*- R -*-

## Script from Fourth Edition of `Modern Applied Statistics with S'

# Chapter 2   Data Manipulation

#- pruned (package MASS): library(MASS)
options(width=65, digits=5, height=9999)

-2:2

powers.of.pi <- pi^(-2:2)
powers.of.pi
class(powers.of.pi)

print(powers.of.pi)
summary(powers.of.pi)

# rm(powers.of.pi)

powers.of.pi[5]

names(powers.of.pi) <- -2:2
powers.of.pi
powers.of.pi["2"]
class(powers.of.pi)

as.vector(powers.of.pi)
names(powers.of.pi) <- NULL
powers.of.pi

citizen <- factor(c("uk", "us", "no", "au", "uk", "us", "us"))
citizen

unclass(citizen)

citizen[5:7]

citizen <- factor(c("uk", "us", "no", "au", "uk", "us", "us"),
                   levels = c("us", "fr", "no", "au", "uk"))
citizen

income <- ordered(c("Mid", "Hi", "Lo", "Mid", "Lo", "Hi", "Lo"))
income

as.numeric(income)

inc <- ordered(c("Mid", "Hi", "Lo", "Mid", "Lo", "Hi", "Lo"),
                levels = c("Lo", "Mid", "Hi"))
inc

#- pruned (package MASS): erupt <- cut(geyser$duration, breaks = 0:6)
#- pruned (uses pruned erupt): erupt <- ordered(erupt, labels=levels(erupt))
#- pruned (uses pruned erupt): erupt

#- pruned (package MASS): painters
#- pruned (package MASS): row.names(painters)

#- pruned (package MASS): summary(painters) # try it!

#- pruned (package MASS): attach(painters)
#- pruned (uses pruned School): School
#- pruned (detaches pruned attach(painters)): detach("painters")

mymat <- matrix(1:30, 3, 10)
mymat

myarr <- mymat
dim(myarr) <- c(3, 5, 2)
class(myarr)
myarr
dim(myarr)

dimnames(myarr) <- list(letters[1:3], NULL, c("(i)", "(ii)"))
myarr

newvar <- NA
class(NA)

newvar > 3

x <- c(pi, 4, 5)
x[2] <- NA
x
class(x)

is.na(x)

1/0

x <- c(-1, 0, 1)/0
x
is.na(x)
x > Inf

x <- c(2.9, 3.1, 3.4, 3.4, 3.7, 3.7, 2.8, 2.5)



letters[1:3]
letters[c(1:3,3:1)]

longitude <- state.center$x
names(longitude) <- state.name
longitude[c("Hawaii", "Alaska")]

myarr[1, 2:4, ]
myarr[1, 2:4, , drop = FALSE]

#- pruned (package MASS): attach(painters)
#- pruned (uses pruned Colour): painters[Colour >= 17, ]

#- pruned (uses pruned Colour): painters[Colour >= 15 & Composition > 10, ]
#- pruned (uses pruned Colour): painters[Colour >= 15 & School != "D", ]

#- pruned (uses pruned School): painters[is.element(School, c("A", "B", "D")), ]
#- pruned (uses pruned School): painters[School %in% c("A", "B", "D"), ]   ## R only

#- pruned (uses pruned Colour): painters[cbind(1:nrow(painters), ifelse(Colour > Expression, 3, 4))]

#- pruned (package MASS): painters[grep("io$", row.names(painters)), ]

#- pruned (detaches pruned attach(painters)): detach("painters")

m <- 30
#- pruned (package MASS): fglsub1 <- fgl[sort(sample(1:nrow(fgl), m)), ]

#- pruned (package MASS): fglsub2 <- fgl[rbinom(nrow(fgl), 1, 0.1) == 1, ]

#- pruned (package MASS): fglsub3 <- fgl[seq(1, nrow(fgl), by = 10), ]

#- pruned (package MASS): painters[sort.list(row.names(painters)), ]


#- pruned (package MASS): lcrabs <- crabs  # make a copy
#- pruned (uses pruned lcrabs): lcrabs[, 4:8] <- log(crabs[, 4:8])

#- pruned (package MASS): scrabs <- crabs  # make a copy
#- pruned (uses pruned scrabs): scrabs[, 4:8] <- lapply(scrabs[, 4:8], scale)
## or to just centre the variables
#- pruned (uses pruned scrabs): scrabs[, 4:8] <- lapply(scrabs[, 4:8], scale, scale = FALSE)

#- pruned (package MASS): scrabs <- crabs  # make a copy
#- pruned (uses pruned scrabs): scrabs[ ] <- lapply(scrabs,
#-    function(x) {if(is.numeric(x)) scale(x) else x})

#- pruned (package MASS): sapply(crabs, is.numeric)

#- pruned (package MASS): by(crabs[, 4:8], list(crabs$sp, crabs$sex), summary)

#- pruned (package MASS): aggregate(crabs[, 4:8], by = list(sp=crabs$sp, sex=crabs$sex),
#-            median)

authors <- data.frame(
         surname = c("Tukey", "Venables", "Tierney", "Ripley", "McNeil"),
         nationality = c("US", "Australia", "US", "UK", "Australia"),
         deceased = c("yes", rep("no", 4)))
books <- data.frame(
         name = c("Tukey", "Venables", "Tierney",
                  "Ripley", "Ripley", "McNeil", "R Core"),
         title = c("Exploratory Data Analysis",
                   "Modern Applied Statistics ...",
                   "LISP-STAT",
                   "Spatial Statistics", "Stochastic Simulation",
                   "Interactive Data Analysis",
                   "An Introduction to R"))

authors
books

merge(authors, books, by.x = "surname", by.y = "name")

#- pruned (package MASS): attach(quine)
#- pruned (uses pruned Age): table(Age)
#- pruned (uses pruned Sex): table(Sex, Age)

#- pruned (uses pruned Sex): tab <- xtabs(~ Sex + Age, quine)
#- pruned (uses pruned tab): unclass(tab)

#- pruned (uses pruned Days): tapply(Days, Age, mean)

#- pruned (uses pruned Days): tapply(Days, Age, mean, trim = 0.1)

#- pruned (uses pruned Days): tapply(Days, list(Sex, Age), mean)

#- pruned (uses pruned Days): tapply(Days, list(Sex, Age),
#-         function(x) sqrt(var(x)/length(x)))

#- pruned (package MASS): quineFO <- quine[sapply(quine, is.factor)]

#tab <- do.call("table", quineFO)
#- pruned (uses pruned quineFO): tab <- table(quineFO)

#- pruned (uses pruned quineFO): QuineF <- expand.grid(lapply(quineFO, levels))

#- pruned (uses pruned QuineF): QuineF$Freq <- as.vector(tab)
#- pruned (uses pruned QuineF): QuineF

# End of ch02
