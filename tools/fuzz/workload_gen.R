# Random R programs over the constructs that drive R's memory manager, for comparing the GC trace
# of real R and of the simulator (tools/fuzz/workloads.sh). One program per seed, reproducible:
#   Rscript --vanilla tools/fuzz/workload_gen.R FROM TO OUTDIR   (writes OUTDIR/pSEED.R)
# Only functions the simulator knows are used (`run --builtins`), with arguments that are valid in
# R, so that a difference is about memory, not coverage. The generator tracks each variable's kind
# and length to keep indices in range and the live heap below about 300 MB.

args <- commandArgs(TRUE)
from <- as.integer(args[1]); to <- as.integer(args[2]); outdir <- args[3]

pick <- function(x) x[[sample.int(length(x), 1L)]]
# vector lengths at the boundaries of R's small-vector classes (1, 2, 4, 8, 16 Vcells of
# data: 1, 2, 4, 8, 16 doubles, twice as many integers) and large ones
small_len <- function() pick(c(0:9, 15:17, 31:33, 63:65, 127:129, 200, 255:257, 1000))
big_len <- function() pick(c(2000, 5000, 1e4, 65536, 65537, 1e5, 2.5e5, 5e5, 1e6, 2e6, 3e6))
any_len <- function() if (runif(1) < 0.45) big_len() else small_len()
loop_len <- function() pick(c(3, 10, 50, 100, 500, 1000, 2000, 5000, 1e4, 2e4))
num <- function(n) {
  if (n >= 1e5 && n %% 1e5 == 0 && runif(1) < 0.5) sprintf("%ge%d", n / 10^floor(log10(n)), as.integer(floor(log10(n))))
  else sprintf("%d", as.integer(n))
}

gen_program <- function(seed) {
  set.seed(seed)
  vars <- list()          # name -> list(kind, len, mb)
  counter <- 0L
  out <- character()
  emit <- function(...) out <<- c(out, paste0(...))
  new_name <- function(prefix) { counter <<- counter + 1L; paste0(prefix, counter) }
  set_var <- function(name, kind, len, bytes = 0) vars[[name]] <<- list(kind = kind, len = len, mb = bytes / 2^20)
  of_kind <- function(kinds, min_len = 0) {
    ok <- vapply(vars, function(v) v$kind %in% kinds && v$len >= min_len, logical(1))
    names(vars)[ok]
  }
  live_mb <- function() sum(vapply(vars, function(v) v$mb, numeric(1)))
  drop_var <- function(name) vars[[name]] <<- NULL
  size_of <- function(kind, len) switch(kind, dbl = 8 * len, int = 4 * len, lgl = 4 * len,
                                        chr = 8 * len + 56 * len, 56 * len)

  # ---- statement makers: each emits code and records the variables it defines ----
  mk_vector <- function() {
    n <- any_len(); nm <- new_name("v")
    k <- sample(11, 1)
    code <- switch(k,
      sprintf("numeric(%s)", num(n)), sprintf("integer(%s)", num(n)), sprintf("rnorm(%s)", num(n)),
      sprintf("runif(%s)", num(n)), sprintf("seq_len(%s)", num(n)), sprintf("1:%s", num(max(n, 1))),
      sprintf("as.numeric(1:%s)", num(max(n, 1))), sprintf("rep(c(1, 2), %s)", num(max(n %/% 2, 1))),
      sprintf("sample(%s)", num(max(n, 1))), sprintf("seq(1, %s, by = 2)", num(max(n, 1))),
      sprintf("logical(%s)", num(n)))
    len <- switch(k, n, n, n, n, n, max(n, 1), max(n, 1), 2 * max(n %/% 2, 1), max(n, 1),
                  length(seq(1, max(n, 1), by = 2)), n)
    kind <- if (k %in% c(2, 5, 6, 9)) "int" else if (k == 11) "lgl" else "dbl"
    emit(nm, " <- ", code)
    set_var(nm, kind, len, size_of(kind, len))
  }
  mk_arith <- function() {
    src <- of_kind(c("dbl", "int", "dblx")); if (!length(src)) return(mk_vector())
    x <- pick(src); nm <- new_name("a"); len <- vars[[x]]$len
    k <- sample(9, 1)
    code <- switch(k, sprintf("%s * 2 + 1", x), sprintf("%s + 0.5", x), sprintf("sqrt(abs(%s))", x),
      sprintf("cumsum(%s)", x), sprintf("-%s", x), sprintf("%s / 3", x), sprintf("exp(%s / 1e6)", x),
      sprintf("%s %%%% 7", x), sprintf("round(%s * 1.5)", x))
    emit(nm, " <- ", code)
    set_var(nm, if (vars[[x]]$kind == "dblx") "dblx" else "dbl", len, 8 * len)
  }
  mk_compare <- function() {
    src <- of_kind(c("dbl", "int")); if (!length(src)) return(mk_vector())
    x <- pick(src); nm <- new_name("b"); len <- vars[[x]]$len
    emit(nm, " <- ", pick(c(sprintf("%s > 0.5", x), sprintf("%s == 3", x), sprintf("is.na(%s)", x),
                            sprintf("%s <= 10 & %s >= 0", x, x))))
    set_var(nm, "lgl", len, 4 * len)
  }
  mk_reduce <- function() {
    src <- of_kind(c("dbl", "int", "lgl", "dblx")); if (!length(src)) return(mk_vector())
    x <- pick(src); nm <- new_name("r")
    emit(nm, " <- ", pick(c("sum(%s)", "length(%s)", "max(c(0, %s))", "mean(%s)", "any(%s > 1)",
                            "prod(head(%s, 3))", "which.max(c(1, %s))", "anyNA(%s)")) |> sprintf(x))
    set_var(nm, "scalar", 1, 56)
  }
  mk_modify <- function() {
    src <- of_kind(c("dbl", "int", "lgl"), 1); if (!length(src)) return(mk_vector())
    x <- pick(src); len <- vars[[x]]$len; i <- sample.int(min(len, 1e6), 1)
    k <- sample(6, 1)
    switch(k,
      emit(x, "[", i, "] <- ", pick(c("0", "1L", "NA", "2.5"))),
      emit(x, "[[", i, "]] <- ", pick(c("0", "1L", "3"))),
      { m <- min(len, loop_len()); emit("for (i in 1:", m, ") ", x, "[i] <- i") },
      { y <- new_name("c"); emit(y, " <- ", x); emit(y, "[", i, "] <- 99"); set_var(y, vars[[x]]$kind, len, 8 * len) },
      { emit(x, "[", len + 1, "] <- 1"); vars[[x]]$len <<- len + 1 },
      { m <- min(len, pick(c(2, 10, 100))); emit(x, "[1:", m, "] <- 0") })
    if (k %in% c(1, 2, 3, 6) && vars[[x]]$kind == "int") vars[[x]]$kind <<- "dbl"
  }
  mk_grow <- function() {
    m <- pick(c(10, 100, 1000, 2000, 5000, 1e4)); nm <- new_name("w")
    k <- sample(5, 1)
    switch(k,
      { emit(nm, " <- c()"); emit("for (i in 1:", m, ") ", nm, "[length(", nm, ") + 1L] <- i") },
      { emit(nm, " <- numeric(0)"); emit("for (i in 1:", min(m, 5000), ") ", nm, " <- c(", nm, ", i)") },
      { emit(nm, " <- integer(0)"); emit("for (i in seq_len(", m, ")) ", nm, "[i] <- i") },
      { emit(nm, " <- vector(\"list\", ", m, ")"); emit("for (i in seq_along(", nm, ")) ", nm, "[[i]] <- c(i, i)") },
      { emit(nm, " <- list()"); emit("for (i in 1:", min(m, 2000), ") ", nm, "[[length(", nm, ") + 1]] <- i") })
    kind <- if (k >= 4) "lst" else if (k == 2) "dbl" else "int"
    set_var(nm, kind, if (k == 2 || k == 5) min(m, if (k == 2) 5000 else 2000) else m, 8 * m)
  }
  mk_list <- function() {
    nm <- new_name("l")
    k <- sample(7, 1)
    n <- small_len(); m <- pick(c(2, 5, 10, 30, 100, 1000, 1e4, 5e4))
    if (k == 1) { m <- pick(c(2, 5, 10, 20, 30)); n <- any_len(); while (n * m > 2.5e7) n <- any_len() }
    switch(k,
      emit(nm, " <- lapply(1:", m, ", function(i) numeric(", num(n), "))"),
      emit(nm, " <- lapply(1:", m, ", function(i) list(id = i, name = \"x\", v = c(i, i)))"),
      emit(nm, " <- list(a = 1:", max(n, 1), ", b = \"s\", c = numeric(", n, "), d = list(1, 2))"),
      emit(nm, " <- as.list(1:", m, ")"),
      emit(nm, " <- lapply(seq_len(", m, "), function(i) i * 2)"),
      emit(nm, " <- Map(function(a, b) a + b, 1:", m, ", ", m, ":1)"),
      emit(nm, " <- rep(list(NULL), ", m, ")"))
    len <- switch(k, m, m, 4, m, m, m, m)
    set_var(nm, if (k == 3) "rec" else "lst", len, if (k == 1) m * 8 * n else 100 * len)
  }
  mk_list_modify <- function() {
    src <- of_kind(c("lst", "rec"), 1); if (!length(src)) return(mk_list())
    x <- pick(src); len <- vars[[x]]$len; i <- sample.int(len, 1)
    k <- sample(6, 1)
    if (vars[[x]]$kind == "rec") {
      j <- sample(1:3, 1)
      switch(sample(4, 1),
        emit(x, "$c[", j, "] <- 1"),
        emit(x, "$a[", j, "] <- 0L"),
        { y <- new_name("k"); emit(y, " <- ", x); emit(y, "$a[", j, "] <- 5L"); set_var(y, "rec", 4, vars[[x]]$mb * 2^20) },
        emit(x, "$e <- ", pick(c("1:10", "\"new\"", "NULL"))))
      return(invisible())
    }
    switch(k,
      emit(x, "[[", i, "]] <- ", pick(c("0", "\"s\"", "numeric(10)", "NULL", "list(1)"))),
      { y <- new_name("l"); emit(y, " <- ", x); emit(y, "[[", i, "]] <- 1"); set_var(y, "lst", len, vars[[x]]$mb * 2^20) },
      { y <- new_name("l"); emit(y, " <- ", x); emit(y, "[[", i, "]][1] <- 7")
        set_var(y, "lst", len, vars[[x]]$mb * 2^20) },
      emit(x, "[[", i, "]][1] <- 3"),
      emit("names(", x, ") <- paste0(\"n\", seq_along(", x, "))"),
      { y <- new_name("u"); emit(y, " <- unlist(", x, ")"); set_var(y, "other", len * 2, 16 * len) })
    if (k == 1) { vars[[x]]$kind <<- "lstx" }
  }
  mk_strings <- function() {
    nm <- new_name("s")
    n <- max(any_len(), 1); if (n > 5e5) n <- 5e5
    src <- of_kind(c("dbl", "int"), 1)
    k <- sample(9, 1)
    code <- switch(k,
      sprintf("paste0(\"k\", 1:%s)", num(n)), sprintf("as.character(1:%s)", num(n)),
      sprintf("sprintf(\"%%05d\", 1:%s)", num(n)), sprintf("rep(c(\"a\", \"bb\", \"ccc\"), %s)", num(n)),
      sprintf("paste(\"x\", seq_len(%s), sep = \"_\")", num(n)),
      if (length(src)) { x <- pick(src); n <- min(vars[[x]]$len, 5e5); sprintf("as.character(head(%s, %s))", x, num(n)) }
      else sprintf("as.character(seq_len(%s) / 2)", num(n)),
      sprintf("toupper(letters[(0:%s %%%% 26) + 1])", num(n - 1)),
      sprintf("strrep(\"ab\", %s)", num(min(n, 2000))),
      sprintf("as.character(runif(%s))", num(n)))
    if (k == 4) n <- 3 * n
    emit(nm, " <- ", code)
    set_var(nm, "chr", n, 64 * n)
  }
  mk_string_ops <- function() {
    src <- of_kind("chr", 1); if (!length(src)) return(mk_strings())
    x <- pick(src); nm <- new_name("t"); len <- vars[[x]]$len
    k <- sample(8, 1)
    code <- switch(k, sprintf("nchar(%s)", x), sprintf("toupper(%s)", x), sprintf("substr(%s, 1, 2)", x),
      sprintf("paste(%s, collapse = \"\")", x), sprintf("unique(%s)", x), sprintf("paste0(%s, \"_z\")", x),
      sprintf("%s == \"k1\"", x), sprintf("startsWith(%s, \"k\")", x))
    emit(nm, " <- ", code)
    kind <- if (k == 1) "int" else if (k %in% c(7, 8)) "lgl" else "chr"
    set_var(nm, kind, if (k == 4) 1 else len, 64 * len)
  }
  mk_env <- function() {
    nm <- new_name("e"); m <- pick(c(5, 50, 500, 2000, 5000))
    k <- sample(4, 1)
    emit(nm, " <- new.env()")
    switch(k,
      emit("for (i in 1:", m, ") assign(paste0(\"v\", i), i * 2, envir = ", nm, ")"),
      { emit("for (i in 1:", m, ") assign(paste0(\"w\", i), numeric(", pick(c(1, 10, 100)), "), envir = ", nm, ")")
        emit("s_", nm, " <- 0"); emit("for (i in 1:", m, ") s_", nm, " <- s_", nm, " + length(get(paste0(\"w\", i), envir = ", nm, "))") },
      { emit(nm, "$x <- numeric(", num(any_len()), ")"); emit(nm, "$y <- \"a\"") },
      emit("local({ z <- 1:", m, "; assign(\"z\", z * 2, envir = ", nm, ") })"))
    set_var(nm, "env", 1, 100 * m)
  }
  mk_closure <- function() {
    nm <- new_name("f")
    k <- sample(7, 1)
    switch(k,
      emit(nm, " <- function(x, k) { x[1] <- k; sum(x) }"),
      emit(nm, " <- function(n) if (n <= 1) 1 else n * ", nm, "(n - 1)"),
      emit(nm, " <- function(n) if (n < 2) n else ", nm, "(n - 1) + ", nm, "(n - 2)"),
      emit(nm, " <- function(x) { y <- x * 2; z <- y + 1; length(z) }"),
      emit(nm, " <- function(x, i) { x[[i]] <- i; x }"),
      emit(nm, " <- function(n) { v <- numeric(0); for (j in seq_len(n)) v[j] <- j; v }"),
      emit(nm, " <- function(...) length(list(...))"))
    set_var(nm, paste0("fun", k), 1, 1000)
  }
  mk_call <- function() {
    src <- of_kind(paste0("fun", 1:7)); if (!length(src)) return(mk_closure())
    f <- pick(src); k <- as.integer(sub("fun", "", vars[[f]]$kind)); nm <- new_name("r")
    vec <- of_kind(c("dbl", "int"), 1)
    m <- loop_len()
    switch(k,
      if (length(vec)) { x <- pick(vec); emit(nm, " <- ", f, "(", x, ", 2)") }
      else emit(nm, " <- 0; for (i in 1:", m, ") ", nm, " <- ", nm, " + ", f, "(c(1, 2, 3), i)"),
      emit(nm, " <- ", f, "(", pick(c(5, 20, 50, 100)), ")"),
      emit(nm, " <- ", f, "(", pick(c(5, 10, 15, 18, 20)), ")"),
      if (length(vec) && runif(1) < 0.5) { x <- pick(vec); emit(nm, " <- ", f, "(", x, ")") }
      else emit(nm, " <- 0; for (i in 1:", m, ") ", nm, " <- ", nm, " + ", f, "(i)"),
      emit(nm, " <- ", f, "(as.list(1:", pick(c(3, 10, 100, 1000)), "), 2)"),
      emit(nm, " <- ", f, "(", pick(c(10, 100, 1000, 5000)), ")"),
      emit(nm, " <- ", f, "(1, 2, \"a\", NULL)"))
    set_var(nm, if (k %in% c(5)) "lst" else if (k == 6) "dbl" else "scalar", if (k == 5) 3 else 1, 100)
    if (k == 5) vars[[nm]]$len <<- 3
  }
  mk_apply <- function() {
    nm <- new_name("p"); m <- loop_len()
    lst <- of_kind(c("lst", "rec"), 1)
    k <- sample(10, 1)
    code <- switch(k,
      sprintf("sapply(1:%s, function(i) i * 2)", m),
      sprintf("vapply(1:%s, function(i) i + 0.5, numeric(1))", m),
      sprintf("vapply(1:%s, function(i) paste0(\"s\", i), character(1))", m),
      sprintf("mapply(function(a, b) a * b, 1:%s, %s:1)", m, m),
      if (length(lst)) sprintf("sapply(%s, length)", pick(lst)) else sprintf("sapply(1:%s, sqrt)", m),
      sprintf("Filter(function(v) v %%%% 3 == 0, 1:%s)", m),
      sprintf("Reduce(`+`, 1:%s)", m),
      sprintf("unlist(lapply(1:%s, function(i) c(i, i + 1)))", m),
      sprintf("do.call(rbind, lapply(1:%s, function(i) c(i, 2 * i)))", min(m, 2000)),
      sprintf("vapply(1:%s, function(i) i %%%% 2 == 0, logical(1))", m))
    emit(nm, " <- ", code)
    len <- switch(k, m, m, m, m, m, m %/% 3, 1, 2 * m, 2 * min(m, 2000), m)
    set_var(nm, if (k == 3) "chr" else if (k == 9) "mat2" else if (k == 5 && length(lst)) "int" else "dbl", len, 16 * m)
  }
  mk_matrix <- function() {
    nm <- new_name("m"); r <- pick(c(2, 10, 100, 500, 1000, 2000)); cc <- pick(c(2, 5, 10, 100, 500))
    emit(nm, " <- matrix(", pick(c("rnorm", "numeric", "runif")), "(", r * cc, "), nrow = ", r, ")")
    set_var(nm, "mat", r * cc, 8 * r * cc)
    vars[[nm]]$dims <<- c(r, cc)
  }
  mk_matrix_ops <- function() {
    src <- of_kind("mat"); if (!length(src)) return(mk_matrix())
    x <- pick(src); d <- vars[[x]]$dims; nm <- new_name("q")
    k <- sample(10, 1)
    code <- switch(k, sprintf("t(%s)", x), sprintf("colSums(%s)", x), sprintf("rowMeans(%s)", x),
      sprintf("apply(%s, 2, max)", x), sprintf("%s[, 1]", x), sprintf("crossprod(%s)", x),
      sprintf("cbind(%s, %s)", x, x), sprintf("rbind(%s, 0)", x), sprintf("%s * 2", x),
      sprintf("%s[1:%d, ]", x, max(1, d[1] %/% 2)))
    if (k == 6 && d[2] > 100) code <- sprintf("colSums(%s)", x)
    emit(nm, " <- ", code)
    set_var(nm, if (k %in% c(1, 6, 7, 8, 9, 10)) "mat2" else "dbl", prod(d), 8 * prod(d))
    if (runif(1) < 0.3) emit(x, "[1, ] <- 0")
    if (runif(1) < 0.2) emit(x, "[, ", sample.int(d[2], 1), "] <- 1")
  }
  mk_array <- function() {
    nm <- new_name("A"); a <- pick(c(2, 10, 50, 100)); b <- pick(c(2, 10, 50)); cc <- pick(c(2, 3, 10))
    emit(nm, " <- array(0, dim = c(", a, ", ", b, ", ", cc, "))")
    emit("for (k in 1:", cc, ") ", nm, "[, , k] <- k")
    set_var(nm, "arr", a * b * cc, 8 * a * b * cc)
  }
  mk_df <- function() {
    nm <- new_name("d"); n <- pick(c(2, 4, 10, 100, 1000, 1e4, 1e5))
    emit(nm, " <- data.frame(id = 1:", num(n), ", v = ", pick(c("rnorm", "runif", "numeric")), "(", num(n),
         "), g = rep(c(\"a\", \"b\"), ", num(n / 2), "))")
    set_var(nm, "df", n, 20 * n)
  }
  mk_df_ops <- function() {
    src <- of_kind("df", 2); if (!length(src)) return(mk_df())
    x <- pick(src); n <- vars[[x]]$len; nm <- new_name("h")
    k <- sample(9, 1)
    switch(k,
      emit(nm, " <- ", x, "$v * 2"),
      emit(nm, " <- ", x, "[1:", min(n, 5), ", ]"),
      emit(nm, " <- nrow(", x, ")"),
      { emit(x, "$w <- ", x, "$id + 1"); emit(nm, " <- ncol(", x, ")") },
      if (n <= 1000) emit(nm, " <- ", x, "[", x, "$id > ", n %/% 2, ", ]") else emit(nm, " <- ", x, "[2:3, ]"),
      emit(nm, " <- rbind(", x, ", ", x, ")"),
      emit(nm, " <- cbind(", x, ", z = 1)"),
      { m <- pick(c(10, 100, 300)); emit(nm, " <- 0; for (i in 1:", m, ") ", nm, " <- ", nm, " + ", x, "[(i %% ", min(n, 4), ") + 1, \"id\"]") },
      emit(nm, " <- mean(", x, "$v)"))
    set_var(nm, "other", 1, 20 * n)
  }
  mk_control <- function() {
    m <- loop_len(); nm <- new_name("z")
    k <- sample(5, 1)
    switch(k,
      { emit(nm, " <- 0"); emit("i <- 0"); emit("while (i < ", m, ") { i <- i + 1; ", nm, " <- ", nm, " + i }") },
      { emit(nm, " <- 0"); emit("repeat { ", nm, " <- ", nm, " + 1; if (", nm, " >= ", m, ") break }") },
      { src <- of_kind(c("dbl", "int", "lst", "chr"))
        x <- if (length(src)) pick(src) else "letters"
        emit(nm, " <- if (length(", x, ") > ", pick(c(0, 10, 1000)), ") \"long\" else \"short\"") },
      { emit(nm, " <- 0"); emit("for (i in 1:", m, ") { if (i %% 2 == 0) next; ", nm, " <- ", nm, " + i }") },
      { emit(nm, " <- numeric(", m, ")"); emit("for (i in seq_len(", m, ")) { tmp <- c(i, i * 2); ", nm, "[i] <- sum(tmp) }") })
    set_var(nm, "scalar", 1, 56)
  }
  # temporaries made and dropped in a loop: many collections, at every level
  mk_churn <- function() {
    m <- pick(c(10, 50, 100, 1000, 1e4, 5e4)); n <- any_len(); while (n * m > 2e7) n <- any_len()
    nm <- new_name("g")
    emit(nm, " <- 0")
    emit(switch(sample(6, 1),
      sprintf("for (i in 1:%s) { tmp <- numeric(%s); %s <- %s + length(tmp) }", num(m), num(n), nm, nm),
      sprintf("for (i in 1:%s) { tmp <- runif(%s); %s <- %s + 1 }", num(m), num(n), nm, nm),
      sprintf("for (i in 1:%s) %s <- %s + sum(seq_len(%s) * 2)", num(m), nm, nm, num(n)),
      sprintf("for (i in 1:%s) { tmp <- list(i, c(i, i), \"a\"); %s <- %s + length(tmp) }", num(m), nm, nm),
      sprintf("for (i in 1:%s) { tmp <- paste0(\"id\", i); %s <- %s + nchar(tmp) }", num(m), nm, nm),
      sprintf("for (i in 1:%s) { tmp <- rep(i, %s); tmp[1] <- 0; %s <- %s + tmp[1] }", num(m), num(n), nm, nm)))
    set_var(nm, "scalar", 1, 56)
  }
  mk_misc <- function() {
    src <- of_kind(c("dbl", "int"), 2); if (!length(src)) return(mk_vector())
    x <- pick(src); nm <- new_name("o"); len <- vars[[x]]$len
    k <- sample(10, 1)
    code <- switch(k, sprintf("sort(%s)", x), sprintf("order(%s)", x), sprintf("rev(%s)", x),
      sprintf("unique(%s)", x), sprintf("which(%s > 0)", x), sprintf("%s[-1]", x),
      sprintf("match(1:10, %s)", x), sprintf("duplicated(%s)", x), sprintf("c(%s, %s)", x, x),
      sprintf("tail(%s, 10)", x))
    emit(nm, " <- ", code)
    # results of a length that depends on the values: usable in arithmetic, never indexed
    n_out <- switch(k, len, len, len, 0, 0, len - 1, 10, len, 2 * len, min(len, 10))
    set_var(nm, if (k %in% c(4, 5)) "dblx" else if (k == 8) "lgl" else "dbl", n_out, 8 * len)
  }
  mk_print <- function() {
    if (!length(vars)) return(mk_vector())
    x <- pick(names(vars))
    emit(pick(c("print(length(%s))", "print(object.size(%s))", "cat(length(%s), \"\\n\")", "print(class(%s))")) |>
           sprintf(x))
  }
  mk_gc_rm <- function() {
    if (length(vars) && runif(1) < 0.7) {
      x <- pick(names(vars)); emit("rm(", x, ")"); drop_var(x)
    } else emit(pick(c("gc()", "invisible(gc())", "gc(verbose = FALSE)")))
  }

  makers <- list(mk_vector = 10, mk_arith = 6, mk_compare = 2, mk_reduce = 3, mk_modify = 7,
    mk_grow = 4, mk_list = 6, mk_list_modify = 6, mk_strings = 5, mk_string_ops = 3, mk_env = 3,
    mk_closure = 3, mk_call = 5, mk_apply = 5, mk_matrix = 2, mk_matrix_ops = 3, mk_array = 1,
    mk_df = 2, mk_df_ops = 3, mk_control = 3, mk_churn = 5, mk_misc = 4, mk_print = 3, mk_gc_rm = 4)
  fns <- mget(names(makers))
  n_stmts <- sample(10:40, 1)
  emit("# rheap workload fuzzer, seed ", seed)
  if (runif(1) < 0.5) emit("set.seed(", sample.int(1000, 1), ")")
  for (s in seq_len(n_stmts)) {
    f <- fns[[sample.int(length(fns), 1, prob = unlist(makers))]]
    f()
    # keep the live heap bounded: drop the largest variables
    while (live_mb() > 300) {
      big <- names(vars)[which.max(vapply(vars, function(v) v$mb, numeric(1)))]
      emit("rm(", big, ")"); drop_var(big)
    }
  }
  out
}

dir.create(outdir, showWarnings = FALSE, recursive = TRUE)
for (seed in from:to) writeLines(gen_program(seed), file.path(outdir, sprintf("p%d.R", seed)))
