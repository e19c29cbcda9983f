# rheap corpus: mass-book/ch05.R
# source: Venables & Ripley, MASS 4th ed., chapter script ch05.R (package MASS 7.3.58.2)
# licence: GPL-2 | GPL-3 (package MASS)
# pruned by tools/corpus/prune.R: 125 expression(s) (detaches pruned attach(geyser): 2; detaches pruned attach(geyser2): 1; detaches pruned attach(shoes): 3; graphics: 20; package boot: 1; package lattice: 1; package MASS: 34; package polspline: 1; uses pruned variable: 62)

#-*- R -*-

## Script from Fourth Edition of `Modern Applied Statistics with S'

# Chapter 5   Univariate Statistics

# for later use, from section 5.6
perm.t.test <- function(d) {
# ttest is function(x) mean(x)/sqrt(var(x)/length(x))
    binary.v <- function(x, digits) {
       if(missing(digits)) {
           mx <- max(x)
           digits <- if(mx > 0) 1 + floor(log(mx, base = 2)) else 1
       }
       ans <- 0:(digits - 1)
       lx <- length(x)
       x <- rep(x, rep(digits, lx))
       x <- (x %/% 2^ans) %% 2
       dim(x) <- c(digits, lx)
       x
    }
    digits <- length(d)
    n <- 2^digits
    x <- d * 2 * (binary.v(1:n, digits) - 0.5)
    mx <- matrix(1/digits, 1, digits) %*% x
    s <- matrix(1/(digits - 1), 1, digits)
    vx <- s %*% (x - matrix(mx, digits, n, byrow=TRUE))^2
    as.vector(mx/sqrt(vx/digits))
}

#- pruned (package MASS): library(MASS)
options(width=65, digits=5, height=9999)
#- pruned (package lattice): library(lattice)
#- pruned (graphics): pdf(file="ch05.pdf", width=8, height=6, pointsize=9)

rm(A, B) # precautionary clear-out
#- pruned (package MASS): attach(shoes)
#- pruned (uses pruned B): tperm <- perm.t.test(B - A) # see section 5.6
#- pruned (detaches pruned attach(shoes)): detach()

# from ch04
#- pruned (package MASS): if(!exists("fgl.df")) {
#- fgl0 <- fgl[ ,-10] # omit type.
#- fgl.df <- data.frame(type = rep(fgl$type, 9),
#-   y = as.vector(as.matrix(fgl0)),
#-   meas = factor(rep(1:9, each = 214), labels = names(fgl0)))
#-   invisible()
#- }


# 5.1  Probability distributions


x <- rt(250, df = 9)
#- pruned (graphics): par(pty = "s")
#- pruned (graphics): qqnorm(x)
#- pruned (graphics): qqline(x)
#- pruned (graphics): par(pty = "m")

x <- rgamma(100, shape = 5, rate = 0.1)
#- pruned (package MASS): fitdistr(x, "gamma")
x2 <- rt(250, df = 9)
#- pruned (package MASS): fitdistr(x2, "t", df = 9)
#- pruned (package MASS): fitdistr(x2, "t")


# 5.2  Generating random data

contam <- rnorm( 100, 0, (1 + 2*rbinom(100, 1, 0.05)) )


# 5.3  Data summaries

#- pruned (graphics): par(mfrow=c(2,3))
#- pruned (package MASS): hist(geyser$duration, "scott", xlab="duration")
#- pruned (package MASS): hist(chem, "scott")
#- pruned (uses pruned tperm): hist(tperm, "scott")
#- pruned (package MASS): hist(geyser$duration, "FD", xlab="duration")
#- pruned (package MASS): hist(chem, "FD")
#- pruned (uses pruned tperm): hist(tperm, "FD")
#- pruned (graphics): par(mfrow=c(1,1))

swiss.fertility <- swiss[, 1]
#- pruned (graphics): stem(swiss.fertility)
#- pruned (package MASS): stem(chem)
#- pruned (package MASS): stem(abbey)
#- pruned (package MASS): stem(abbey, scale = 0.4) ## use scale = 0.4 in R


#- pruned (graphics): par(mfrow = c(1,2))
#- pruned (package MASS): boxplot(chem, sub = "chem", range = 0.5)
#- pruned (package MASS): boxplot(abbey, sub = "abbey")
#- pruned (graphics): par(mfrow = c(1,1))

#- pruned (uses pruned fgl.df): bwplot(type ~ y | meas, data = fgl.df, scales = list(x="free"),
#-   strip = function(...) strip.default(..., style=1), xlab = "")


# 5.4  Classical univariate statistics

#- pruned (package MASS): attach(shoes)
#- pruned (uses pruned A): t.test(A, mu = 10)
#- pruned (uses pruned A): t.test(A)$conf.int

#- pruned (uses pruned A): wilcox.test(A, mu = 10)

#- pruned (uses pruned A): var.test(A, B)

#- pruned (uses pruned A): t.test(A, B, var.equal = TRUE)

#- pruned (uses pruned A): t.test(A, B, var.equal = FALSE)

#- pruned (uses pruned A): wilcox.test(A, B)

#- pruned (uses pruned A): t.test(A, B, paired = TRUE)

#- pruned (uses pruned A): wilcox.test(A, B, paired = TRUE)
#- pruned (detaches pruned attach(shoes)): detach()

#- pruned (graphics): par(mfrow = c(1, 2))
#- pruned (uses pruned tperm): truehist(tperm, xlab = "diff")
x <- seq(-4,4, 0.1)
#- pruned (graphics): lines(x, dt(x,9))
#cdf.compare(tperm, distribution = "t", df = 9)
#- pruned (uses pruned tperm): sres <- c(sort(tperm), 4)
yres <- (0:1024)/1024
#- pruned (uses pruned sres): plot(sres, yres, type="S", xlab="diff", ylab="")
#- pruned (graphics): lines(x, pt(x,9), lty=3)

#- pruned (graphics): legend(-5, 1.05, c("Permutation dsn","t_9 cdf"), lty = c(1,3))
#- pruned (graphics): par(mfrow = c(1, 1))


# 5.5  Robust summaries

# Figure 5.7 was obtained by
x <- seq(-10, 10, len=500)
y <- dt(x, 25, log = TRUE)
z <- -diff(y)/diff(x)
#- pruned (graphics): plot(x[-1], z, type = "l", xlab = "", ylab = "psi")
y2 <-  dt(x, 5, log = TRUE)
z2 <- -diff(y2)/diff(x)
#- pruned (graphics): lines(x[-1], z2, lty = 2)


#- pruned (package MASS): sort(chem)
#- pruned (package MASS): mean(chem)
#- pruned (package MASS): median(chem)
#location.m(chem)
#location.m(chem, psi.fun="huber")
#- pruned (package MASS): mad(chem)
#scale.tau(chem)
#scale.tau(chem, center=3.68)
#- pruned (package MASS): unlist(huber(chem))
#- pruned (package MASS): unlist(hubers(chem))
#- pruned (package MASS): fitdistr(chem, "t", list(m = 3, s = 0.5), df = 5)

#- pruned (package MASS): sort(abbey)
#- pruned (package MASS): mean(abbey)
#- pruned (package MASS): median(abbey)
#location.m(abbey)
#location.m(abbey, psi.fun="huber")
#- pruned (package MASS): unlist(hubers(abbey))
#- pruned (package MASS): unlist(hubers(abbey, k = 2))
#- pruned (package MASS): unlist(hubers(abbey, k = 1))
#- pruned (package MASS): fitdistr(abbey, "t", list(m = 12, s = 5), df = 10)


# 5.6  Density estimation

# Figure 5.8
#- pruned (package MASS): attach(geyser)
#- pruned (graphics): par(mfrow=c(2,3))
#- pruned (uses pruned duration): truehist(duration, h=0.5, x0=0.0, xlim=c(0, 6), ymax=0.7)
#- pruned (uses pruned duration): truehist(duration, h=0.5, x0=0.1, xlim=c(0, 6), ymax=0.7)
#- pruned (uses pruned duration): truehist(duration, h=0.5, x0=0.2, xlim=c(0, 6), ymax=0.7)
#- pruned (uses pruned duration): truehist(duration, h=0.5, x0=0.3, xlim=c(0, 6), ymax=0.7)
#- pruned (uses pruned duration): truehist(duration, h=0.5, x0=0.4, xlim=c(0, 6), ymax=0.7)

breaks <- seq(0, 5.9, 0.1)
counts <- numeric(length(breaks))
#- pruned (uses pruned duration): for(i in (0:4)) counts[i+(1:55)] <- counts[i+(1:55)] +
#-     rep(hist(duration, breaks=0.1*i + seq(0, 5.5, 0.5),
#-     prob=TRUE, plot=FALSE)$density, rep(5,11))
#- pruned (uses pruned counts): plot(breaks+0.05, counts/5, type="l", xlab="duration",
#-     ylab="averaged", bty="n", xlim=c(0, 6), ylim=c(0, 0.7))
#- pruned (detaches pruned attach(geyser)): detach()


#- pruned (package MASS): attach(geyser)
#- pruned (uses pruned duration): truehist(duration, nbins = 15, xlim = c(0.5, 6), ymax = 1.2)
#- pruned (uses pruned duration): lines(density(duration, width = "nrd"))

#- pruned (uses pruned duration): truehist(duration, nbins = 15, xlim = c(0.5, 6), ymax = 1.2)
#- pruned (uses pruned duration): lines(density(duration, width = "SJ", n = 256), lty = 3)
#- pruned (uses pruned duration): lines(density(duration, n = 256, width = "SJ-dpi"), lty = 1)
#- pruned (detaches pruned attach(geyser)): detach()

#- pruned (package MASS): gal <- galaxies/1000
#- pruned (graphics): plot(x = c(0, 40), y = c(0, 0.3), type = "n", bty = "l",
#-     xlab = "velocity of galaxy (1000km/s)", ylab = "density")
#- pruned (uses pruned gal): rug(gal)
#- pruned (uses pruned gal): lines(density(gal, width = "SJ-dpi", n = 256), lty = 1)
#- pruned (uses pruned gal): lines(density(gal, width = "SJ", n = 256), lty = 3)
#- pruned (package polspline): library(polspline)
x <- seq(5, 40, length = 500)
#- pruned (uses pruned gal): lines(x, doldlogspline(x, oldlogspline(gal)), lty = 2)


#- pruned (uses pruned duration): geyser2 <- data.frame(as.data.frame(geyser)[-1, ],
#-                       pduration = geyser$duration[-299])
#- pruned (uses pruned geyser2): attach(geyser2)
#- pruned (graphics): par(mfrow = c(2, 2))
#- pruned (uses pruned waiting): plot(pduration, waiting, xlim = c(0.5, 6), ylim = c(40, 110),
#-    xlab = "previous duration", ylab = "waiting")
#- pruned (uses pruned waiting): f1 <- kde2d(pduration, waiting, n = 50, lims=c(0.5, 6, 40, 110))
#- pruned (uses pruned f1): image(f1, zlim = c(0, 0.075),
#-      xlab = "previous duration", ylab = "waiting")
#- pruned (uses pruned waiting): f2 <- kde2d(pduration, waiting, n = 50, lims=c(0.5, 6, 40, 110),
#-   h = c(width.SJ(duration), width.SJ(waiting)) )
#- pruned (uses pruned f2): image(f2, zlim = c(0, 0.075),
#-       xlab = "previous duration", ylab = "waiting")
#- pruned (uses pruned f2): persp(f2,  phi = 30, theta = 20, d = 5,
#-       xlab = "previous duration", ylab = "waiting", zlab = "")
#- pruned (detaches pruned attach(geyser2)): detach()

#- pruned (uses pruned gal): density(gal, n = 1, from = 20.833, to = 20.834, width = "SJ")$y
#- pruned (uses pruned gal): 1/(2 * sqrt(length(gal)) * 0.13)

set.seed(101)
m <- 1000
res <- numeric(m)
#- pruned (uses pruned gal): for (i in 1:m) res[i] <- median(sample(gal, replace = TRUE))
#- pruned (uses pruned res): mean(res - median(gal))
#- pruned (uses pruned res): sqrt(var(res))

#- pruned (uses pruned res): truehist(res, h = 0.1)
#- pruned (uses pruned res): lines(density(res, width = "SJ-dpi", n = 256))
#- pruned (uses pruned res): quantile(res, p = c(0.025, 0.975))
x <- seq(19.5, 22.5, length = 500)
#- pruned (uses pruned res): lines(x, doldlogspline(x, oldlogspline(res)), lty = 3)

#- pruned (package boot): library(boot)
set.seed(101)
#- pruned (uses pruned gal): gal.boot <- boot(gal, function(x, i) median(x[i]), R = 1000)
#- pruned (uses pruned gal.boot): gal.boot

#- pruned (uses pruned gal.boot): boot.ci(gal.boot, conf = c(0.90, 0.95),
#-          type = c("norm","basic","perc","bca"))
#- pruned (uses pruned gal.boot): plot(gal.boot)

#- pruned (uses pruned gal): if(FALSE) { # bootstrap() is an S-PLUS function
#- gal.bt <- bootstrap(gal, median, seed = 101, B = 1000)
#- summary(gal.bt)
#- plot(gal.bt)
#- qqnorm(gal.bt)
#- 
#- limits.emp(gal.bt)
#- limits.bca(gal.bt)
#- }

sim.gen  <- function(data, mle) {
 n <- length(data)
 data[sample(n, replace = TRUE)]  + mle*rnorm(n)
}
#- pruned (uses pruned gal): gal.boot2 <- boot(gal, median, R = 1000,
#-  sim = "parametric", ran.gen = sim.gen, mle = 0.5)
#- pruned (uses pruned gal.boot2): boot.ci(gal.boot2, conf = c(0.90, 0.95),
#-          type = c("norm","basic","perc"))

#- pruned (package MASS): attach(shoes)
#- pruned (uses pruned B): t.test(B - A)
#- pruned (uses pruned B): shoes.boot <- boot(B - A, function(x,i) mean(x[i]), R = 1000)
#- pruned (uses pruned shoes.boot): boot.ci(shoes.boot, type = c("norm", "basic", "perc", "bca"))
#- pruned (uses pruned i): mean.fun <- function(d, i) {
#-  n <- length(i)
#-  c(mean(d[i]), (n-1)*var(d[i])/n^2)
#- }
#- pruned (uses pruned B): shoes.boot2 <- boot(B - A, mean.fun, R = 1000)
#- pruned (uses pruned shoes.boot2): boot.ci(shoes.boot2, type = "stud")
#- pruned (detaches pruned attach(shoes)): detach()

# End of ch05
