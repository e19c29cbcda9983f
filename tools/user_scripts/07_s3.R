new_account <- function(owner, balance = 0) structure(list(owner = owner, balance = balance), class = "account")
print.account <- function(x, ...) { cat("Account of", x$owner, ": balance", format(x$balance, nsmall = 2), "\n"); invisible(x) }
deposit <- function(acc, amt) UseMethod("deposit")
deposit.account <- function(acc, amt) { if (amt <= 0) stop("amount must be positive"); acc$balance <- acc$balance + amt; acc }
format.account <- function(x, ...) paste0("<", x$owner, ">")
a <- new_account("Ann", 100)
a <- deposit(a, 50)
print(a)
a
r <- tryCatch(deposit(a, -1), error = function(e) conditionMessage(e))
print(r)
toString.account <- function(x, ...) format(x)
print(toString(a))
summary.account <- function(object, ...) structure(list(b = object$balance), class = "summary.account")
print.summary.account <- function(x, ...) cat("Summary: ", x$b, "\n")
summary(a)
accs <- lapply(c("A", "B", "C"), new_account, balance = 10)
print(sapply(accs, function(z) z$balance))
print(inherits(a, "account"))
print(unclass(a))
"+.account" <- function(e1, e2) { e1$balance <- e1$balance + e2$balance; e1 }
print((a + a)$balance)
