<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ArchitecturesView</name>
    <message>
        <source>Pick an architecture to see its diagram, shapes and code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part of the LSTM&apos;s result the Linear head reads: the last step of output, the final hidden state, all steps, or their mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same model in PyTorch, with the shapes for this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimeDistributed(Dense) vs nn.Linear, on this output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this architecture&apos;s settings into the explorer and the training dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preset:&lt;/b&gt; head = %1, dataset = %2, input_size = %3, seq_len = %4; the LSTM&apos;s sizes stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forward pass yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One nn.Linear(%1, %2) with seeded weights, applied to this LSTM&apos;s output:&lt;br&gt;&amp;nbsp;A = a loop over the %3 steps (TimeDistributed) → %4&lt;br&gt;&amp;nbsp;B = one call on the 3-D tensor (N·L rows) → %4&lt;br&gt;A[0, 0, 0] = %5, B[0, 0, 0] = %6&lt;br&gt;&lt;b&gt;max |A − B| = %7&lt;/b&gt; over %8 values%9&lt;br&gt;&lt;small&gt;Eigen&apos;s blocked matrix product on the 3-D tensor adds in another order: max |Δ| = %10 — float rounding, not a different computation.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — identical, bit for bit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigPanel</name>
    <message>
        <source>nn.LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input_size (H_in): the number of features in each step of x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden_size (H): the number of units in the cell state c_t and, without projection, in h_t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_layers: how many LSTMs are stacked; layer k reads layer k−1&apos;s output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias: add the biases b_ih and b_hh inside every gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch_first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch_first: input and output are (N, L, ·) instead of (L, N, ·); h_n and c_n never change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropout: probability of zeroing each output of every layer but the last, in training mode only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bidirectional: a second LSTM reads the sequence backwards; D = 2 and output concatenates both directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proj_size (P): if &gt; 0, h_t = W_hr (o_t ⊙ tanh(c_t)) has P units instead of H; must be smaller than hidden_size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proj_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size N: how many sequences are fed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbatched (L, H_in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed one sequence without the batch axis: every N axis disappears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq_len L: the number of timesteps in each sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable lengths (packing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the samples lengths L, L−3, L−6, … as with pack_padded_sequence; steps past a length are padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The true length of each sample, in batch order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq_len L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head, data and initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output[:, -1]  (last step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h_n[-1]  (final state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten  output.reshape(N, -1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean over steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step (many-to-many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part of the LSTM&apos;s result the Linear head reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data the training dashboard fits; the explorer&apos;s example batch is the built-in sine (or your CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How weight_ih (and weight_hr) are drawn at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How weight_hh is drawn; orthogonal is applied per gate block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch default U(−1/√H, 1/√H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate 1, others 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bias_ih and bias_hh start; &apos;forget gate 1&apos; sets b_ih_f = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain of the Xavier and orthogonal initialisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the initialisation: the same seed gives the same weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the LSTM&apos;s parameters come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every sample has all L steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lengths = [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid nn.LSTM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientsView</name>
    <message>
        <source>Layer / direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation through time of a fixed validation batch, recorded after each epoch: mean over the batch of ‖dL/dh_t‖ and ‖dL/dc_t‖. The loss reads the last step, so gradients start there and shrink (vanish) or grow (explode) towards t = 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ over epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖dL/dc_t‖ over epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest epoch: gradient norm per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialisation: forget-gate bias 0 vs 1 on the same data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains two fresh models in the background (same data and seed), one with every bias 0 and one with forget-gate bias 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget bias 0: ‖dL/dc_t‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget bias 1: ‖dL/dc_t‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last epoch: ‖dL/dc_t‖ per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn after the first epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ (epoch %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖dL/dc_t‖ (epoch %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training forget bias 0…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Run comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1, val loss %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistogramsView</name>
    <message>
        <source>weights (values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ridge (offset by epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heat map (distribution over time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms appear after the first epoch. Each LSTM matrix is split into its four gate blocks (rows [0,H) i, [H,2H) f, [2H,3H) g, [3H,4H) o).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: %1, epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no epochs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1: %2 zeros · %3 NaN · %4 Inf of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no histogram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HyperParameterForm</name>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial learning rate (optimizer lr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip_grad_norm_(max_norm); 0 = off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip grad norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip_grad_value_(clip_value); 0 = off. Used only without norm clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip grad value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReduceLROnPlateau on the validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR on plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patience </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch default U(±1/√H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiming uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orthogonal (W_hh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros (forget bias 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate bias 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run gets its own folder here: config.json, metrics.csv, events, histograms, best and last weights (open one with &quot;Compare run…&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save runs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitComparison</name>
    <message>
        <source>forget bias 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget bias 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputBoxWidget</name>
    <message>
        <source>The input tensor x: time runs to the right, features upwards, samples into the depth; each edge names its dimension in the current layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input x: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L = %1 steps (dim %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H_in = %1 features
(dim %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N = %1 samples
(dim %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbatched: one sequence, no N axis. Blue frame: the sequence, shaded: x_0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue frame: x[0], sample 0 (L × H_in); shaded: x[0, 0], its step 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue frame: x[:, 0], sample 0 (L × H_in); shaded: x[0, 0], its step 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>lstmviz — see exactly what torch.nn.LSTM does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import PyTorch &amp;weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nn.LSTM weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors state_dict (*.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an nn.LSTM state_dict (bare or lstm.* keys) saved as safetensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lstmviz config (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export trace as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About lstmviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About lstmviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;lstmviz&lt;/h3&gt;&lt;p&gt;See exactly what &lt;code&gt;torch.nn.LSTM&lt;/code&gt; does: every shape, every gate at every step, and when &lt;code&gt;output[:, -1]&lt;/code&gt; and &lt;code&gt;h_n[-1]&lt;/code&gt; differ.&lt;/p&gt;&lt;p&gt;The LSTM is a C++ reimplementation of torch.nn.LSTM checked against PyTorch itself, digit for digit.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 view (lstmviz --view %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stepper is coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The architectures view is coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding &amp;&amp; packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms are coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients are coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid configuration — the views keep the last valid one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the forward pass of %1 × %2 steps, %3 layer(s)… the views show the previous configuration until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=%1 and num_layers=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explorer runs the model in eval mode (model.eval()): dropout is off here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is loaded for training, but the example batch stays the built-in sine: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initialisation (%1 no longer fits this nn.LSTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initialisation above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nn.LSTM(%1, %2, num_layers=%3%4%5%6) on %7 — %8 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, batch_first=True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, bidirectional=True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, proj_size=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one sequence of %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch of %1 × %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training run&apos;s latest weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows × %3 columns loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputsComparison</name>
    <message>
        <source>Equal: with one direction and every sequence %1 steps long, the last layer&apos;s final hidden state is exactly its output at the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidirectional: h_n[-1] is the REVERSE direction&apos;s final state, reached after reading back to t = 0, so it equals the reverse half of output at t = 0, %1 (%2). The last step of output is [forward final state | reverse state after one step]; the forward final state is h_n[-2]. Use torch.cat([h_n[-2], h_n[-1]], -1) for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked: equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked: not equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding: output is zero past each sample&apos;s length, so %1 lands on padding for sample %2 (length &lt; %3), while h_n holds the state at each sample&apos;s true last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding: output is zero past each sample&apos;s length, so %1 lands on padding for samples %2 (lengths &lt; %3), while h_n holds the state at each sample&apos;s true last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several layers: h_n holds every layer&apos;s final state (%1 rows), output only the last layer&apos;s h_t; h_n[-1] is the last layer&apos;s, and h_n[0] (layer 0) appears nowhere in output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: both have P = %1 units (h_t = W_hr (o_t ⊙ tanh(c_t))).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbatched input has no N axis: output is (L, D·H_out) and output[-1] is the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch_first misuse: output is (N, L, ·), so output[-1] selects the last SAMPLE — its whole sequence (L, D·H_out): row n is step n of sample N−1, not the last step of sample n. Write output[:, -1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq-first: output is (L, N, ·), so output[-1] is the last step (correct here) and output[:, -1] is the misuse — the last SAMPLE&apos;s whole sequence (L, D·H_out): row n is step n of sample N−1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten keeps every step: each row has L·D·H_out = %1 values; shown are its last D·H_out = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are the last step; the rest are the earlier steps, so a Linear on it needs a fixed L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq-first: reshape(N, -1) cuts the (L, N, ·) memory into N rows, so each row mixes steps of several samples — permute(1, 0, 2) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With padding it also keeps the zero padding steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c_n is the cell state c_t, not the hidden state: h_t = o_t ⊙ tanh(c_t) projected to P = %1 units, while c_n keeps H = %2. It is never an output of the LSTM at any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c_n is the cell state c_t, not the hidden state: h_t = o_t ⊙ tanh(c_t). It is never an output of the LSTM at any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference: every sample&apos;s hidden state at the last step t = L−1, both directions concatenated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputsView</name>
    <message>
        <source>Which sample n of the batch the table shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= equal (exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row j: unit j of each expression for the chosen sample; green cells equal the last step exactly, red ones do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unbatched: one sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 (0 … %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference: every sample&apos;s last step of output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final hidden state of the last layer&apos;s last direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swapped index: the last sample&apos;s whole sequence; row n is step n of sample N−1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Flatten row of each sample; only its last D·H_out values are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final cell state c_n of the last layer&apos;s last direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 elements equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over all %1 samples:&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why they agree or differ&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingView</name>
    <message>
        <source>First units of each state; green: the naive output[:, -1] equals h_n, red: it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lengths of your configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo: your configuration has no lengths (tick “variable lengths” in the panel), so the same nn.LSTM runs here on lengths L, L−3, L−6, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;pack_padded_sequence(x, lengths, enforce_sorted=False)&lt;/b&gt;: each sample is run for its own length only. %1 The forward direction&apos;s h_n is the state at the sample&apos;s true last step%2; &lt;code&gt;output&lt;/code&gt; is zero past each length, so the naive &lt;code&gt;%3&lt;/code&gt; returns padding for every shorter sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the reverse direction starts at that step and its h_n is the state at t = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h_n (forward, last layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output at t = length−1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naive = h_n?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h_n[-1] (reverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output at t = 0, reverse half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (full length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: padding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>torch default U(−1/√H, 1/√H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiming uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiming normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orthogonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to &apos;%1&apos;: choose a .png, .svg or .pdf file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last step: output[:, -1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final state: h_n[-1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten: output.reshape(N, -1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean over steps: output.mean(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence → one prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one vector → sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence → one output per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window → k future steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window → its reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coloured: steps the LSTM computes; grey: padding it skips. ● marks the step h_n comes from; the red frame is what output[:, -1] reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n=%1  len %2  fwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward step computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse step computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h_n comes from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what %1 reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x[%1, %2]: sample %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReshapePitfallWidget</name>
    <message>
        <source>x: rows are samples, columns are steps; colour = sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.view(L, N): the same memory cut into rows of N — each row mixes steps of one sample instead of one step of every sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.permute(1, 0): the axes are swapped — row t holds step t of every sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.view() and .reshape() never move a number: they read the memory in order (x[0,0], x[0,1], x[0,2], …) and cut it into rows of the new width, so row 0 of x.view(L, N) holds three steps of sample 0, not step 0 of three samples. .permute() and .transpose() swap the axes: result[t, n] = x[n, t]. From (N, L, H_in) to (L, N, H_in): x.permute(1, 0, 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples × steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;wrong:&lt;/span&gt; colours mix in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7a1b&apos;&gt;right:&lt;/span&gt; row t = step t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The .view() / .reshape() vs .permute() pitfall&lt;/b&gt; — x = the example input&apos;s first %1 samples × %2 steps, feature 0:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The .view() / .reshape() vs .permute() pitfall&lt;/b&gt; — x = a (3, 4) batch of the built-in sine (the current example is too small):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShapesView</name>
    <message>
        <source>tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq-first
(L, N, ·)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch_first
(N, L, ·)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbatched
(L, ·)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axes (current layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch_first=False: x is (L, N, H_in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch_first=True: x is (N, L, H_in); h_n and c_n do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sequence (L, H_in): every N axis disappears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N batch, L steps, D directions, H_in input features, H cell size, H_out output size (proj_size or H), P proj_size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the PyTorch code to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Keras code to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runnable code with exactly these shapes; the comments give each shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;N&lt;/b&gt; batch · &lt;b&gt;L&lt;/b&gt; steps (seq_len) · &lt;b&gt;D&lt;/b&gt; directions (2 if bidirectional) · &lt;b&gt;H_in&lt;/b&gt; input features · &lt;b&gt;H&lt;/b&gt; hidden = cell size · &lt;b&gt;H_out&lt;/b&gt; = proj_size if &gt; 0, else H · &lt;b&gt;P&lt;/b&gt; proj_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch_first=True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq-first (batch_first=False)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Current layout: %1&lt;/b&gt; — N = %2, L = %3, D = %4, H_in = %5, H = %6, H_out = %7, num_layers = %8. The highlighted column is what your call gives; h_0, c_0, h_n and c_n never depend on batch_first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepperCellDiagram</name>
    <message>
        <source>One LSTM step for the chosen unit: the cell state runs along the top, the four gates read [h_{t−1}, x_t] from below, and h_t leaves to the right (and up, as output[t]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forward pass to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output[t]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding: step %1 is not computed (length %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepperEquations</name>
    <message>
        <source>The LSTM equations for the chosen unit at the current step, with the numbers of this forward pass substituted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepperHeatmaps</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time step t  (units ↓, time →)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hatched: padding, not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1, unit %2: padding, not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1, unit %2: %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepperView</name>
    <message>
        <source>Previous time step (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time step (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time step t shown in the diagram and the equations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which stacked layer to show (layer k &gt; 0 reads layer k−1&apos;s output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidirectional: the reverse direction reads the sequence from its last step back to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which element n of the batch to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden unit u whose equations and diagram values are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (length %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1  (length %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nn.LSTM(input_size=%1, hidden_size=%2, num_layers=%3%4%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, bidirectional=True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, proj_size=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed colour scales: gates 0…1, g and h −1…1, c −2…2 (c is not squashed: beyond ±2 the colour saturates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse direction: runs t = L−1 … 0, its previous state is step t+1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hatched: padding, not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>a training run is already active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train (batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train (epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation (epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient norm ‖∇‖₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total 2-norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: prediction vs target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr reduced after epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_norm = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix (validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn after the first epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation series, epoch %1: one-step-ahead prediction vs target (original units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation sample (time →)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstruction error per test window (the anomalous part), epoch %1 — flagged above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test window (time →)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconstruction error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged anomaly (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold (train mean + 3σ) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix (validation), epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a fresh model with the settings below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one epoch, then pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale (loss, gradient norm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the curves of a saved run directory (its metrics.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1 · model: LSTM(hidden %2, layers %3) + head &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1/%2 · batch %3/%4 · %5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done · %1 epochs · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
last epoch: train %1, val %2, lr %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved run directory (with metrics.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lstmviz::ui</name>
    <message>
        <source>Many-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many-to-many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder–decoder (seq2seq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last layer, reverse direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last layer&apos;s final h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h_n holds every layer&apos;s and direction&apos;s final state; [-1] is the last layer&apos;s last direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten: every step, fixed L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average over the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidirectional: the reverse half of the last step has read only the last input; h_n[-1] holds the reverse state after the whole sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole sequence in, one prediction out (classification, next-value forecast). The head reads one vector per sample: the last step of output, the final state h_n[-1], all steps flattened, or their mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One vector in, a sequence out (generate L steps from a seed). The input is repeated L times (Keras&apos; RepeatVector) and every step of the LSTM&apos;s output goes through the same Linear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one vector per sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same weights at every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence in, one prediction per step out. Keras wraps the Dense layer in TimeDistributed; in PyTorch nn.Linear already acts on the last axis only, so applying it to the 3-D output is the same computation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for t in range(L): Linear(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the 3-D output (last axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= 0 exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-step forecasting: the encoder reads the window, its final (h_n, c_n) start the decoder, which is run one step at a time for k = %1 future steps, each step reading the previous prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder nn.LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder&apos;s final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder nn.LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · one step × k = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.cat of the k predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last known value(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial (h_0, c_0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p_j %1: the next step&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly detection: the encoder compresses each window into its final hidden state z, the decoder unrolls z over L steps and a per-step Linear reconstructs the input; windows reconstructed badly are anomalies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last layer&apos;s final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per step (TimeDistributed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(x_hat − x)², mean over features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x (the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input at step %1, %2 feature(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1&apos;s output at step %2, %3 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initial state, h₀ = c₀ = 0 (this is the direction&apos;s first step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse direction: the previous step is t+1 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous step t−1 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is padding for sample %2 (length %3): the packed nn.LSTM does not compute it. Gates read 0 here, the state is carried unchanged and output[t] is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + … (%1 terms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: each sum of the four terms equals the pre-activation the core recorded (max |difference| = %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check FAILED: a recomputed sum differs from the recorded pre-activation by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input gate i_t = σ(…) ∈ (0, 1): how much of the candidate g_t is written into the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget gate f_t = σ(…) ∈ (0, 1): how much of the previous cell state c_{t−1} is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate g_t = tanh(…) ∈ (−1, 1): the new content proposed for the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output gate o_t = σ(…) ∈ (0, 1): how much of tanh(c_t) is exposed as the hidden state h_t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell state c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t: the long-term memory; it is not squashed and can exceed ±1 (colours saturate beyond ±2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden state h_t = o_t ⊙ tanh(c_t): the output at step t and the recurrent input of the next step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See exactly what torch.nn.LSTM does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the view into FILE.png offscreen and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to show: shapes, stepper, outputs, architectures, packing, training, histograms, gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this configuration (JSON) instead of the saved session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an nn.LSTM state_dict (safetensors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size (default 1400x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train this many epochs before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
