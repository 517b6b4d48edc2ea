#!/usr/bin/python3
"""Regenerates docs/performance.md: lstmviz's LSTM against torch.nn.LSTM on this machine.

Both are measured in the same run, alternating, each config several rounds (medians):
  torch:   ../shared/anchors/torch_lstm_bench.py (OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=2)
  lstmviz: build/bin/lstmviz-cli bench --json (both cores; it names the GEMM its large products ran)
plus the machine's two-core sgemm rate (torch.mm, 2048² float32) as the practical limit.
OpenBLAS picks its kernel from the CPU it detects; a CPU newer than Debian's OpenBLAS can be
mistaken for an old one (seen here: "Prescott", a fifth of the speed). So torch gets the fastest
kernel OpenBLAS has for this machine: every OPENBLAS_CORETYPE below is timed and the best is used
for torch and for the limit.
Usage: make performance   (or: /usr/bin/python3 tests/bench/performance_table.py [rounds])
"""
import json, os, platform, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ANCHOR = os.path.join(ROOT, "..", "shared", "anchors", "torch_lstm_bench.py")
CLI = os.path.join(ROOT, "build", "bin", "lstmviz-cli")
CONFIGS = [  # name, N, L, H_in, H, layers — the anchor's configs
    ("tiny_stock", 20, 7, 5, 50, 1),
    ("small", 32, 50, 5, 64, 1),
    ("mnist_rows", 128, 28, 28, 256, 3),
    ("large", 64, 100, 512, 512, 1),
]
TORCH_ENV = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="2")
# None: OpenBLAS' own detection. The others are its x86-64 kernels with AVX2 or AVX-512.
CORE_TYPES = [None, "Haswell", "Zen", "SkylakeX", "Cooperlake", "SapphireRapids"]


def torch_run(name):
    out = subprocess.run(["/usr/bin/python3", ANCHOR, "1", name], env=TORCH_ENV, check=True,
                         capture_output=True, text=True).stdout
    fields = dict(f.split("=") for f in out.split()[1:])
    return float(fields["fwd_ms"]), float(fields["train_ms"])


def ours_run(n, l, f, h, k, *extra):
    reps = "5" if h >= 256 else "20"
    out = subprocess.run([CLI, "bench", "--batch", str(n), "--seq-len", str(l), "--input-size",
                          str(f), "--hidden-size", str(h), "--num-layers", str(k), "--reps", reps,
                          "--json", *extra], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def sgemm_gflops(threads, core_type=None):
    code = (f"import torch,time;torch.set_num_threads({threads});a=torch.randn(2048,2048);"
            "b=torch.randn(2048,2048);[torch.mm(a,b) for _ in range(3)];ts=[]\n"
            "for _ in range(10):\n t=time.perf_counter();torch.mm(a,b);ts.append(time.perf_counter()-t)\n"
            "ts.sort();print(2*2048**3/ts[5]/1e9)")
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads))
    if core_type:
        env["OPENBLAS_CORETYPE"] = core_type
    return float(subprocess.run(["/usr/bin/python3", "-c", code], env=env, check=True,
                                capture_output=True, text=True).stdout)


def detected_core():
    out = subprocess.run(["/usr/bin/python3", "-c", "import torch"], capture_output=True, text=True,
                         env=dict(os.environ, OPENBLAS_VERBOSE="2"))
    words = (out.stdout + out.stderr).split()
    return words[words.index("Core:") + 1] if "Core:" in words else "unknown"


def fastest_core_type():
    """The OPENBLAS_CORETYPE (None = detected) with the best two-core sgemm, and every rate."""
    rates = {}
    for core in CORE_TYPES:
        try:
            rates[core] = sgemm_gflops(2, core)
        except subprocess.CalledProcessError:  # an AVX-512 kernel on a CPU without it: SIGILL
            rates[core] = None
    usable = {core: rate for core, rate in rates.items() if rate is not None}
    return max(usable, key=usable.get), rates


# The CPU a section is about: its model name, family/model and whether it has AVX-512, which
# decides Eigen's and OpenBLAS' kernels ("AMD EPYC (family 25, model 1; AVX2, no AVX-512)").
def cpu_label():
    info = {}
    with open("/proc/cpuinfo") as f:
        for line in f:
            if ":" in line:
                key, value = (part.strip() for part in line.split(":", 1))
                info.setdefault(key, value)
    flags = info.get("flags", "").split()
    simd = "AVX-512" if "avx512f" in flags else ("AVX2, no AVX-512" if "avx2" in flags else "no AVX2")
    return (f"{info.get('model name', platform.processor() or 'unknown CPU')} "
            f"(family {info.get('cpu family', '?')}, model {info.get('model', '?')}; {simd})")


# Every CPU's section of an earlier docs/performance.md, by label: a run on one CPU replaces that
# CPU's section and keeps the others.
def kept_sections(text):
    sections = {}
    for part in text.split("<!-- cpu: ")[1:]:
        label = part[:part.index(" -->")]
        sections[label] = "<!-- cpu: " + part[:part.index("<!-- /cpu -->")] + "<!-- /cpu -->\n"
    return sections


HAND_WRITTEN = "<!-- hand-written: make performance keeps everything below this line -->"

INTRO = [
    "# Performance",
    "",
    "lstmviz's `Lstm<float>` against PyTorch's own CPU `torch.nn.LSTM`, measured side by side "
    "in one run on each machine. One training step = forward + backward to every parameter "
    "gradient with loss = sum(output) (batch_first input); medians. torch: Debian's "
    "python3-torch 1.13 with OpenBLAS, `OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=2` (its fastest "
    "setting there). lstmviz: `lstmviz-cli bench`, recording on (the trace the views draw).",
    "",
    "## Measured CPUs",
    "",
    "One section per CPU `make performance` ran on (a run replaces its own CPU's section).",
    "",
]

HOW = [
    "## How the core gets there",
    "",
    "`core/nn/lstm_kernels.cpp`, `core/nn/packed_weights.cpp`:",
    "",
    "- the input projection W_ih·x of all L steps is one matrix product, split between the two "
    "threads by result columns;",
    "- samples never interact through time, so the two threads split the batch and each runs "
    "every step for its own samples: no barrier per step, and the gate nonlinearities and "
    "cell updates run in parallel too;",
    "- W_hh (forward) and W_hhᵀ (backward) are packed once per pass into the layout of Eigen's "
    "matrix kernel; a step packs only its few columns of h_{t−1} or dL/da_t;",
    "- the weight gradients dW_ih = dA·Xᵀ, dW_hh = dA·H_prevᵀ and dX = W_ihᵀ·dA are single "
    "products over all L·N columns after the time loop, each split between the two threads by "
    "its result's rows or columns (`core/nn/matrix_product.h`);",
    "- every buffer, the trace included, is kept between calls: a training step allocates "
    "nothing in its time loop;",
    "- each slice of those large products is one single-threaded GEMM: Debian's serial "
    "OpenBLAS when the kernel it chose for the CPU is one for AVX2 or AVX-512 (Haswell, Zen, "
    "SkylakeX, Cooperlake, SapphireRapids), Eigen's own otherwise — Debian's OpenBLAS takes "
    "some CPUs for old ones (the `detected` rates above; `core/nn/gemm_kernel.h`). The per-step "
    "recurrent products stay Eigen's kernel on packed W_hh.",
    "",
    "GFLOP/s counts 3 × the forward pass's two GEMMs per step, 2·N·L·4H·(H_in + H) per layer "
    "(as the anchor script does). Trace bytes per (layer · direction · step · sample · hidden "
    "unit) include everything backward needs (gates, cell states, tanh(c), hidden states, "
    "layer inputs and the gradient buffers).",
    "",
    "\"lstmviz's sgemm\" is a 2048² float product run the way the large products run (split "
    "between two threads, each slice one GEMM) with the kernel lstmviz chose; \"Eigen's "
    "sgemm\" the same with Eigen's kernel (`lstmviz-cli bench --eigen-sgemm`).",
    "",
    "Regenerate with `make performance` (needs `python3-torch` and `libopenblas0-pthread`, "
    "which it installs). Numbers vary with machine load: run it on an idle machine.",
    "",
]


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    core, rates = fastest_core_type()
    if core:
        TORCH_ENV["OPENBLAS_CORETYPE"] = core
    peak1, peak2 = sgemm_gflops(1, core), sgemm_gflops(2, core)
    # The ceiling of lstmviz's own products: Eigen's 2048² sgemm on both cores, in this build.
    sgemm_runs = [ours_run(20, 7, 5, 50, 1, "--eigen-sgemm") for _ in range(3)]
    eigen2 = statistics.median(r["eigen_sgemm_gflops"] for r in sgemm_runs)
    ours2 = statistics.median(r["product_sgemm_gflops"] for r in sgemm_runs)
    gemm = sgemm_runs[0]["gemm"]
    rows = []
    for name, n, l, f, h, k in CONFIGS:
        torch_train, ours = [], []
        for _ in range(rounds):
            torch_train.append(torch_run(name)[1])
            ours.append(ours_run(n, l, f, h, k))
        t = statistics.median(torch_train)
        o = {key: statistics.median(r[key] for r in ours)
             for key in ("train_step_ms", "forward_ms", "forward_no_record_ms", "gflops")}
        rows.append((name, n, l, f, h, k, t, o, ours[0]["bytes_per_unit_step"], ours[0]["threads"]))
    cpu = cpu_label()
    section = [
        f"<!-- cpu: {cpu} -->",
        f"### {cpu}",
        "",
        f"{os.cpu_count()} cores; generated {time.strftime('%Y-%m-%d')} by `make performance` "
        f"({rounds} alternating rounds per config).",
        "",
        f"OpenBLAS' kernel for torch and for the limit: {core or 'its own detection'} "
        f"(OpenBLAS detected `{detected_core()}`; two-core sgemm per kernel: "
        + ", ".join(f"{c or 'detected'} " + (f"{r:.0f}" if r is not None else "— (illegal instruction here)")
                    for c, r in rates.items())
        + " GFLOP/s" + (f"; torch ran with `OPENBLAS_CORETYPE={core}`)." if core else ")."),
        "",
        f"Practical limit: OpenBLAS sgemm 2048² reaches {peak1:.0f} GFLOP/s on one core and "
        f"{peak2:.0f} GFLOP/s on two.",
        "",
        f"lstmviz's large products ran {gemm}. Their 2048² sgemm (split between two threads, "
        f"`lstmviz-cli bench --eigen-sgemm`) reaches {ours2:.0f} GFLOP/s "
        f"({100 * ours2 / peak2:.0f} % of OpenBLAS' two-core rate); with Eigen's kernel "
        f"{eigen2:.0f} GFLOP/s ({100 * eigen2 / peak2:.0f} %).",
        "",
        "| config | N, L, H_in, H, layers | torch train step | lstmviz train step | speed-up | "
        "lstmviz GFLOP/s | % of 2-core sgemm | % of lstmviz's sgemm | forward recorded / lean | "
        "trace bytes per unit-step |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, n, l, f, h, k, t, o, bpu, threads in rows:
        overhead = (o["forward_ms"] / o["forward_no_record_ms"] - 1) * 100
        section.append(
            f"| {name} | {n}, {l}, {f}, {h}, {k} | {t:.3f} ms | {o['train_step_ms']:.3f} ms | "
            f"{t / o['train_step_ms']:.2f}× | {o['gflops']:.1f} | {100 * o['gflops'] / peak2:.0f} % | "
            f"{100 * o['gflops'] / ours2:.0f} % | "
            f"{o['forward_ms']:.3f} / {o['forward_no_record_ms']:.3f} ms ({overhead:+.0f} %) | "
            f"{bpu:.1f} |")
    section += ["<!-- /cpu -->", ""]

    path = os.path.join(ROOT, "docs", "performance.md")
    previous = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    sections = kept_sections(previous)
    sections[cpu] = "\n".join(section)
    lines = INTRO + [sections[key] for key in sorted(sections)] + HOW
    tail = previous[previous.index(HAND_WRITTEN):] if HAND_WRITTEN in previous else HAND_WRITTEN + "\n"
    with open(path + ".tmp", "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n" + tail)
    os.replace(path + ".tmp", path)
    print("\n".join(section))


if __name__ == "__main__":
    main()
