// Preloaded into a benchmarked process: reports its peak resident memory on exit.
process.on("exit", () => {
  const mb = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`\npeak-rss-mb ${mb.toFixed(0)}\n`);
});
