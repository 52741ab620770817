#!/usr/bin/env python3
"""numpy peer of the JMH codec benchmark: E4M3 encode and 1x128 tile quantize-dequantize of 16K Gaussian values
(sigma 100), warm, on one thread, in values per second. Also the peer of the quantize command: loadtxt, E4M3
rounding and savetxt of a file of decimal lines. numpy is not a dependency of the project: the bench scripts run
this only when it can be imported. The encoder is this script's own, round-to-nearest-even on the bits, saturating;
it checks itself on hand-derived codes before timing.

usage: codec_peer.py kernels | codec_peer.py quantize FILE
"""
import sys
import time

import numpy as np

ABS = np.uint64(0x7FFF_FFFF_FFFF_FFFF)
NORMAL_MIN_BITS = np.uint64((1023 + 1 - 7) << 52)        # 2^-6, E4M3's smallest normal
MAGIC_BITS = np.uint64((1023 + 1 - 7 - 3 + 52) << 52)    # 2^43: adding it rounds onto the subnormal grid 2^-9
INF_BITS = np.uint64(0x7FF0_0000_0000_0000)
HALF_ULP_LESS_ONE = np.uint64((1 << 48) - 1)         # E4M3 keeps 3 of the double's 52 mantissa bits: shift 49
SHIFT = np.uint64(49)
ONE = np.uint64(1)
SIGN_SHIFT = np.uint64(63)
SIGN_TO_BIT_7 = np.uint64(7)


def e4m3_encode(x, work=None):
    """float64 array -> E4M3 codes (uint8), ties to even, saturating to +-448, NaN -> 0x7F with its sign.
    work: three uint64 arrays of x's size, reused between calls (fresh 128 KB arrays cost a page fault each)."""
    a, t, u = work if work is not None else (np.empty(x.size, np.uint64) for _ in range(3))
    bits = x.view(np.uint64)
    np.bitwise_and(bits, ABS, out=a)
    np.right_shift(a, SHIFT, out=t)                       # normal range: add half an ulp - 1 + the kept lsb
    np.bitwise_and(t, ONE, out=t)
    np.add(t, HALF_ULP_LESS_ONE, out=t)
    np.add(t, a, out=t)
    np.right_shift(t, SHIFT, out=t)
    np.subtract(t, np.uint64((1023 - 7) << 3), out=t)      # wraps below 2^-6, where the subnormal code is taken
    np.minimum(t, np.uint64(0x7E), out=t)
    np.minimum(a, NORMAL_MIN_BITS, out=u)                  # subnormal range: one exact addition of 2^43
    v = u.view(np.float64)
    np.add(v, MAGIC_BITS.view(np.float64), out=v)
    np.subtract(u, MAGIC_BITS, out=u)
    code = np.where(a >= NORMAL_MIN_BITS, t, u)
    code[a > INF_BITS] = 0x7F
    code = code.astype(np.uint8)
    code |= ((bits >> SIGN_SHIFT) << SIGN_TO_BIT_7).astype(np.uint8)
    return code


def e4m3_values():
    codes = np.arange(256)
    e = (codes >> 3) & 0xF
    m = codes & 7
    mag = np.where(e == 0, m / 8.0 * 2.0 ** -6, (1 + m / 8.0) * 2.0 ** (e - 7.0))
    mag = np.where((e == 15) & (m == 7), np.nan, mag)
    return np.where(codes & 0x80, -mag, mag)


DECODE = e4m3_values()


def check():
    # hand-derived (as in FloatFormatTest): 0.3 -> 0x2A, -448 -> 0xFE, 464 ties to 448, 1000 saturates,
    # 2^-10 ties to 0, just above it -> 0x01, 1.0625 ties down to 1.0 = 0x38
    x = np.array([0.3, -448, 464, 1000, 2.0 ** -10, np.nextafter(2.0 ** -10, 1), 1.0625])
    expected = [0x2A, 0xFE, 0x7E, 0x7E, 0x00, 0x01, 0x38]
    assert list(e4m3_encode(x)) == expected, list(e4m3_encode(x))


def rate(fn, values):
    fn()
    runs, start = 0, time.perf_counter()
    while time.perf_counter() - start < 2.0:
        fn()
        runs += 1
    return runs * values / (time.perf_counter() - start)


def kernels():
    x = np.random.default_rng(1).normal(0, 100, 16 * 1024)
    work = tuple(np.empty(x.size, np.uint64) for _ in range(3))
    encoded = rate(lambda: e4m3_encode(x, work), x.size)
    tiles = x.reshape(16, 8, 128)

    def tile_quantize():
        amax = np.abs(tiles).max(axis=2, keepdims=True)
        scale = (448.0 / np.where(amax > 0, amax, 448.0)).astype(np.float32).astype(np.float64)
        return DECODE[e4m3_encode((tiles * scale).ravel(), work)].reshape(tiles.shape) / scale

    quantized = rate(tile_quantize, x.size)
    print(f"numpy {np.__version__}: E4M3 encode {encoded / 1e6:,.0f} M values/s; "
          f"1x128 tile quantize-dequantize {quantized / 1e6:,.0f} M values/s")


def quantize(path):
    start = time.perf_counter()
    x = np.loadtxt(path, dtype=np.float64)
    rounded = DECODE[e4m3_encode(x)]
    np.savetxt("/dev/null", rounded, fmt="%r")
    seconds = time.perf_counter() - start
    print(f"numpy {np.__version__} loadtxt + E4M3 + savetxt: {x.size / seconds / 1e3:,.0f} K values/s "
          f"({seconds:.2f} s)")


if __name__ == "__main__":
    check()
    if sys.argv[1:] == ["kernels"]:
        kernels()
    elif len(sys.argv) == 3 and sys.argv[1] == "quantize":
        quantize(sys.argv[2])
    else:
        sys.exit(__doc__)
