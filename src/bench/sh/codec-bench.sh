#!/usr/bin/env bash
# Throughput of the lab's codecs (JMH, one thread): E4M3/E5M2/E2M1 encode, E4M3 decode, 1x128 tile and MXFP4
# quantize-dequantize, and quantize's per-line parse and round; then the numpy peer's figures on the same kind
# of array, when python3 can import numpy.
# Usage: src/bench/sh/codec-bench.sh ["JMH options"]   (default: -f 1 -wi 5 -w 1s -i 10 -r 1s)
# Prints the machine's load before and after: figures taken under load are not comparable.
set -euo pipefail
cd "$(dirname "$0")/../../.."
args=${1:-"-f 1 -wi 5 -w 1s -i 10 -r 1s"}
echo "load before: $(uptime)"
mvn -B -q -Pbench process-classes -Dbuild.dir="${BUILD_DIR:-target-bench}" -Dbench.args="$args (Fp8CodecBenchmark|QuantizeLineBenchmark)" \
  | grep -E '^(Benchmark|Fp8CodecBenchmark|QuantizeLineBenchmark)'
if python3 -c 'import numpy' 2> /dev/null; then
  python3 src/bench/sh/codec_peer.py kernels
else
  echo "numpy peer not run: python3 cannot import numpy"
fi
echo "load after: $(uptime)"
