# Independent check of dlis report's whole-sample alpha, Feldt 95 % interval and omega in base R (no psych), on a
# --codebook folder: Rscript scripts/check-reliability.R CODEBOOK_DIR TOOLKIT.csv, where TOOLKIT.csv has one line per
# dimension "D1,n,alpha,omega,lower,upper" from the report JSON (groups[0].reliability). Not part of the test suite.
args <- commandArgs(trailingOnly = TRUE)
setwd(args[1]); source("load.R")
tk <- read.csv(args[2], header = FALSE, col.names = c("dim", "n", "alpha", "omega", "lo", "hi"))
reverse <- c("i8_2")
x <- dlis_items; for (v in reverse) x[[v]] <- 6 - x[[v]]
alpha <- function(m) { k <- ncol(m); k / (k - 1) * (1 - sum(apply(m, 2, var)) / var(rowSums(m))) }
omega_paf <- function(m) {
  r <- cor(m); h <- apply(abs(r - diag(ncol(r))), 1, max)
  for (i in 1:5000) { rr <- r; diag(rr) <- h; e <- eigen(rr, symmetric = TRUE)
    l <- e$vectors[, 1] * sqrt(max(e$values[1], 0)); hn <- pmin(l^2, 1)
    if (max(abs(hn - h)) < 1e-12) break; h <- hn }
  if (sum(l) < 0) l <- -l
  sum(l)^2 / (sum(l)^2 + sum(1 - l^2))
}
feldt <- function(a, n, k) { c(1 - (1 - a) * qf(0.975, n - 1, (n - 1) * (k - 1)), 1 - (1 - a) * qf(0.025, n - 1, (n - 1) * (k - 1))) }
out <- do.call(rbind, lapply(seq_len(nrow(tk)), function(i) {
  d <- sub("^D", "", tk$dim[i]); cols <- grep(paste0("^i", d, "_"), names(x), value = TRUE)
  m <- na.omit(x[, cols]); a <- alpha(m); f <- feldt(a, nrow(m), ncol(m))
  data.frame(dim = tk$dim[i], n = nrow(m), n_tk = tk$n[i], alpha = a, d_alpha = a - tk$alpha[i],
             omega = omega_paf(m), d_omega = omega_paf(m) - tk$omega[i], d_lo = f[1] - tk$lo[i], d_hi = f[2] - tk$hi[i])
}))
print(out, digits = 6)
cat("max |difference|: alpha", max(abs(out$d_alpha)), "omega", max(abs(out$d_omega)), "Feldt", max(abs(c(out$d_lo, out$d_hi))), "\n")
