# The usage of a run over allocation time: one row per known moment (the start, each collection's
# start and end, the true peak, the end), with the triggers in force then.
timeline <- function(x) {
  ev <- x$events
  fin <- x$final_event
  t <- c(x$start[["alloc_time"]], rep(ev$alloc_time, each = 2L), x$peak$alloc_time, fin$alloc_time)
  n <- c(x$start[["ncells"]], as.vector(rbind(ev$ncells_before, ev$ncells_used)), x$peak$ncells, fin$ncells_before)
  v <- c(x$start[["vcells"]], as.vector(rbind(ev$vcells_before, ev$vcells_used)), x$peak$vcells, fin$vcells_before)
  # the trigger in force: before a collection, the one it started with; after, the one it set
  nt <- c(if (nrow(ev)) ev$ncells_trigger_before[1L] else fin$ncells_trigger_before,
          as.vector(rbind(ev$ncells_trigger_before, ev$ncells_trigger)), NA, fin$ncells_trigger_before)
  vt <- c(if (nrow(ev)) ev$vcells_trigger_before[1L] else fin$vcells_trigger_before,
          as.vector(rbind(ev$vcells_trigger_before, ev$vcells_trigger)), NA, fin$vcells_trigger_before)
  d <- data.frame(alloc_time = t, ncells_mb = n * 56 / 1024^2, vcells_mb = v * 8 / 1024^2,
                  ncells_trigger_mb = nt * 56 / 1024^2, vcells_trigger_mb = vt * 8 / 1024^2,
                  peak = c(FALSE, rep(FALSE, 2L * nrow(ev)), TRUE, FALSE))
  d <- d[order(d$alloc_time, !d$peak), , drop = FALSE]
  # the trigger at the peak is the one in force just before it
  for (col in c("ncells_trigger_mb", "vcells_trigger_mb")) {
    i <- which(is.na(d[[col]]))
    d[[col]][i] <- d[[col]][pmax(1L, i - 1L)]
  }
  rownames(d) <- NULL
  d
}

level_colours <- c("grey55", "darkorange", "red3")

#' Plot a simulated run
#'
#' Vcells and Ncells in use (megabytes) against their collection triggers over
#' allocation time (the number of allocations since the session began), with
#' the collections marked by level and the true peak marked. Usage is known at
#' the start, at each collection's start and end, at the peak and at the end;
#' between them it only grows (straight lines join them). Base graphics;
#' `ggplot2::autoplot()` draws the same with ggplot2 when it is installed.
#'
#' @param x,object A run from [simulate()].
#' @param ... Passed to [graphics::plot()].
#' @return `x`, invisibly (`autoplot()`: a ggplot).
#' @export
#' @examples
#' r <- simulate("l <- list()\nfor (i in 1:30) l[[i]] <- numeric(1e6)\nrm(l)\nx <- numeric(5e6)")
#' plot(r)
plot.rheap_run <- function(x, ...) {
  d <- timeline(x)
  ev <- x$events
  old <- graphics::par(mfrow = c(2L, 1L), mar = c(3.5, 4.5, 2, 1), mgp = c(2.3, 0.7, 0))
  on.exit(graphics::par(old))
  panel <- function(used, trig, label, main) {
    ylim <- c(0, max(c(d[[used]], d[[trig]]), na.rm = TRUE) * 1.08)
    graphics::plot(d$alloc_time, d[[used]], type = "n", ylim = ylim, xlab = "allocation time (allocations)",
                   ylab = label, main = main, las = 1, ...)
    graphics::abline(v = ev$alloc_time, col = level_colours[ev$level + 1L], lty = 3)
    graphics::lines(d$alloc_time, d[[trig]], type = "s", col = "steelblue", lwd = 2, lty = 2)
    graphics::lines(d$alloc_time, d[[used]], lwd = 2)
    p <- d[d$peak, ][1L, ]
    graphics::points(p$alloc_time, p[[used]], pch = 19, col = "red3", cex = 1.4)
  }
  panel("vcells_mb", "vcells_trigger_mb", "Vcells (MB)",
        sprintf("True peak %s at line %s (red dot); %d collections", mb(x$peak$bytes), x$peak$line, nrow(ev)))
  graphics::legend("topleft", bty = "n", cex = 0.8, ncol = 2L,
                   legend = c("in use", "trigger", sprintf("collection, level %d", 0:2)),
                   col = c("black", "steelblue", level_colours), lty = c(1, 2, 3, 3, 3), lwd = c(2, 2, 1, 1, 1))
  panel("ncells_mb", "ncells_trigger_mb", "Ncells (MB)", "")
  invisible(x)
}

#' @rdname plot.rheap_run
#' @exportS3Method ggplot2::autoplot
autoplot.rheap_run <- function(object, ...) {
  d <- timeline(object)
  long <- rbind(
    data.frame(alloc_time = d$alloc_time, mb = d$vcells_mb, what = "in use", cells = "Vcells", peak = d$peak),
    data.frame(alloc_time = d$alloc_time, mb = d$vcells_trigger_mb, what = "trigger", cells = "Vcells", peak = FALSE),
    data.frame(alloc_time = d$alloc_time, mb = d$ncells_mb, what = "in use", cells = "Ncells", peak = d$peak),
    data.frame(alloc_time = d$alloc_time, mb = d$ncells_trigger_mb, what = "trigger", cells = "Ncells", peak = FALSE))
  ev <- object$events
  ev$level <- factor(ev$level, levels = 0:2)
  ggplot2::ggplot(long, ggplot2::aes(alloc_time, mb)) +
    ggplot2::geom_vline(data = ev, ggplot2::aes(xintercept = alloc_time, colour = level), linetype = 3) +
    ggplot2::geom_step(data = long[long$what == "trigger", ], linetype = 2, colour = "steelblue") +
    ggplot2::geom_line(data = long[long$what == "in use", ]) +
    ggplot2::geom_point(data = long[long$peak, ], colour = "red3", size = 3) +
    ggplot2::facet_wrap(~cells, ncol = 1L, scales = "free_y") +
    ggplot2::scale_colour_manual(values = stats::setNames(level_colours, 0:2), drop = FALSE, name = "collection level") +
    ggplot2::labs(x = "allocation time (allocations)", y = "MB",
                  title = sprintf("True peak %s at line %s", mb(object$peak$bytes), object$peak$line))
}

utils::globalVariables(c("alloc_time", "mb", "level"))
