<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ArchitectureOutputView</name>
    <message>
        <source>time step</source>
        <translation>タイムステップ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>error</source>
        <translation>誤差</translation>
    </message>
    <message>
        <source>What the model produces</source>
        <translation>モデルの出力</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>誤差</translation>
    </message>
    <message>
        <source>Train a seq2seq, one-to-many or autoencoder model to see its forecasts or reconstructions here.</source>
        <translation>seq2seq、one-to-many、オートエンコーダのモデルを学習すると、ここに予測や再構成が表示されます。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>%1-step forecasts vs truth, epoch %2</source>
        <translation>%1 ステップ予測と実測値、エポック %2</translation>
    </message>
    <message>
        <source>validation step (time →)</source>
        <translation>検証ステップ (時間 →)</translation>
    </message>
    <message>
        <source>truth</source>
        <translation>実測値</translation>
    </message>
    <message>
        <source>K-step forecasts</source>
        <translation>K ステップ予測</translation>
    </message>
    <message>
        <source>MSE per step ahead</source>
        <translation>先のステップごとの MSE</translation>
    </message>
    <message>
        <source>steps ahead k</source>
        <translation>先のステップ k</translation>
    </message>
    <message>
        <source>MSE (standardised)</source>
        <translation>MSE (標準化)</translation>
    </message>
    <message>
        <source>MSE at step k</source>
        <translation>ステップ k の MSE</translation>
    </message>
    <message>
        <source>the encoder reads the window, the decoder predicts the next K = %1 steps one after another, each from its previous prediction (free-running)</source>
        <translation>エンコーダがウィンドウを読み、デコーダが次の K = %1 ステップを一つずつ順に予測します。各ステップは直前の予測から求めます (free-running)</translation>
    </message>
    <message>
        <source>the window is read as one vector, repeated K = %1 times (RepeatVector), and the decoder produces the K steps</source>
        <translation>ウィンドウを 1 本のベクトルとして読み、K = %1 回繰り返し (RepeatVector)、デコーダが K ステップを出力します</translation>
    </message>
    <message>
        <source>Validation windows: each orange line is one window&apos;s forecast, drawn from where the window ends: %1. The bars are the error at each step ahead over all %2 windows; their mean %3 is the validation loss.</source>
        <translation>検証ウィンドウ: オレンジの線 1 本が 1 つのウィンドウの予測で、ウィンドウの終わりから描かれます: %1。棒は %2 個のウィンドウ全体での先のステップごとの誤差で、その平均 %3 が検証損失です。</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>特徴量 %1</translation>
    </message>
    <message>
        <source>Input vs reconstruction, epoch %1</source>
        <translation>入力と再構成、エポック %1</translation>
    </message>
    <message>
        <source>test window (time →)</source>
        <translation>テストウィンドウ (時間 →)</translation>
    </message>
    <message>
        <source>standardised value, features stacked</source>
        <translation>標準化した値 (特徴量ごとに積み重ね)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Error per window and feature</source>
        <translation>ウィンドウ・特徴量ごとの誤差</translation>
    </message>
    <message>
        <source>mean squared error (log)</source>
        <translation>平均二乗誤差 (対数)</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>true anomaly</source>
        <translation>実際の異常</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Test part (each window&apos;s last step; the autoencoder trained on clean windows only). A window is flagged when a feature&apos;s error exceeds that feature&apos;s threshold (mean + 3σ over the training windows): %1 of %2 test windows flagged, %3 of them hold a true anomaly (precision %4); %5 of the %6 windows with a true anomaly were found (recall %7).</source>
        <translation>テスト区間 (各ウィンドウの最後のステップ。オートエンコーダは正常なウィンドウだけで学習)。ある特徴量の誤差がその特徴量のしきい値 (学習ウィンドウの平均 + 3σ) を超えるとウィンドウを検出します: テストウィンドウ %2 個のうち %1 個を検出、そのうち %3 個に実際の異常 (適合率 %4)。実際の異常を含む %6 個のウィンドウのうち %5 個を発見 (再現率 %7)。</translation>
    </message>
</context>
<context>
    <name>ArchitecturesView</name>
    <message>
        <source>Pick an architecture to see its diagram, shapes and code.</source>
        <translation>アーキテクチャを選ぶと、その図・形状・コードが表示されます。</translation>
    </message>
    <message>
        <source>Head reads:</source>
        <translation>ヘッドの入力:</translation>
    </message>
    <message>
        <source>Which part of the LSTM&apos;s result the Linear head reads: the last step of output, the final hidden state, all steps, or their mean.</source>
        <translation>Linear ヘッドが LSTM の結果のどの部分を読むか: output の最終ステップ、最終の隠れ状態、全ステップ、またはその平均。</translation>
    </message>
    <message>
        <source>The same model in PyTorch, with the shapes for this configuration.</source>
        <translation>同じモデルの PyTorch コード (この設定での形状付き)。</translation>
    </message>
    <message>
        <source>TimeDistributed(Dense) vs nn.Linear, on this output</source>
        <translation>この出力での TimeDistributed(Dense) と nn.Linear の比較</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>プリセットを読み込む</translation>
    </message>
    <message>
        <source>Load this architecture&apos;s settings into the explorer and the training dashboard.</source>
        <translation>このアーキテクチャの設定をエクスプローラーと学習ダッシュボードに読み込みます。</translation>
    </message>
    <message>
        <source>No forward pass yet.</source>
        <translation>順伝播はまだ実行されていません。</translation>
    </message>
    <message>
        <source>One nn.Linear(%1, %2) with seeded weights, applied to this LSTM&apos;s output:&lt;br&gt;&amp;nbsp;A = a loop over the %3 steps (TimeDistributed) → %4&lt;br&gt;&amp;nbsp;B = one call on the 3-D tensor (N·L rows), each sum in A&apos;s order → %4&lt;br&gt;&amp;nbsp;C = the same call through Eigen&apos;s blocked matrix product (what the app runs)&lt;br&gt;A[0, 0, 0] = %5, B[0, 0, 0] = %6&lt;br&gt;&lt;b&gt;A vs B: max |A − B| = %7&lt;/b&gt; over %8 values%9&lt;br&gt;&lt;small&gt;A vs C: max |A − C| = %10 — C adds the same products in another order: float rounding, not a different computation.&lt;/small&gt;</source>
        <translation>シード固定の重みを持つ nn.Linear(%1, %2) 1 つを、この LSTM の出力に適用:&lt;br&gt;&amp;nbsp;A = %3 ステップのループ (TimeDistributed) → %4&lt;br&gt;&amp;nbsp;B = 3 次元テンソル (N·L 行) への 1 回の呼び出し、各和は A と同じ順序 → %4&lt;br&gt;&amp;nbsp;C = 同じ呼び出しを Eigen のブロック化行列積で計算 (アプリが実際に実行するもの)&lt;br&gt;A[0, 0, 0] = %5, B[0, 0, 0] = %6&lt;br&gt;&lt;b&gt;A と B: max |A − B| = %7&lt;/b&gt; (値 %8 個)%9&lt;br&gt;&lt;small&gt;A と C: max |A − C| = %10 — C は同じ積を別の順序で足しています: 浮動小数点の丸めであり、別の計算ではありません。&lt;/small&gt;</translation>
    </message>
    <message>
        <source> — A and B identical, bit for bit.</source>
        <translation> — A と B はビット単位で完全に一致。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backward&lt;/b&gt;, with a seeded dL/dy of shape %1:&lt;br&gt;&amp;nbsp;A: each step is its own call, so it gets its own gradient dW_t = Σ_n dL/dy[n, t] · z[n, t]ᵀ; the shared Dense&apos;s gradient is their sum over the %2 steps. dW[0, 0] per step: %3; Σ_t = %4&lt;br&gt;&amp;nbsp;B: one product over the N·L rows: dW[0, 0] = %5&lt;br&gt;&lt;b&gt;max |Σ_t dW_t − dW_B| = %6&lt;/b&gt; over %7 values (largest |dW| = %8): the same sum in another order. The error each step sends back to the LSTM, Wᵀ dL/dy[n, t], is the same in A and B: max |Δ| = %9.</source>
        <translation>&lt;b&gt;逆伝播&lt;/b&gt; (シード固定の dL/dy、形状 %1):&lt;br&gt;&amp;nbsp;A: 各ステップが別々の呼び出しなので、それぞれが自分の勾配 dW_t = Σ_n dL/dy[n, t] · z[n, t]ᵀ を得ます。共有された Dense の勾配は、%2 ステップにわたるその和です。ステップごとの dW[0, 0]: %3、Σ_t = %4&lt;br&gt;&amp;nbsp;B: N·L 行にわたる 1 回の積: dW[0, 0] = %5&lt;br&gt;&lt;b&gt;max |Σ_t dW_t − dW_B| = %6&lt;/b&gt; (値 %7 個、最大の |dW| = %8): 同じ和を別の順序で計算したものです。各ステップが LSTM に送り返す誤差 Wᵀ dL/dy[n, t] は A と B で同じです: max |Δ| = %9。</translation>
    </message>
    <message>
        <source>, K = %1</source>
        <translation>, K = %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preset:&lt;/b&gt; %1 on %2, input_size = %3, seq_len = %4%5; the LSTM&apos;s sizes stay as they are.</source>
        <translation>&lt;b&gt;プリセット:&lt;/b&gt; %2 での %1、input_size = %3、seq_len = %4%5。LSTM のサイズはそのままです。</translation>
    </message>
    <message>
        <source>Computing the TimeDistributed comparison over %1 output values…</source>
        <translation>%1 個の出力値で TimeDistributed の比較を計算中…</translation>
    </message>
    <message>
        <source>The TimeDistributed comparison could not be computed: %1</source>
        <translation>TimeDistributed の比較を計算できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ConfigPanel</name>
    <message>
        <source>nn.LSTM</source>
        <translation>nn.LSTM</translation>
    </message>
    <message>
        <source>input_size (H_in): the number of features in each step of x.</source>
        <translation>input_size (H_in): x の各ステップの特徴量の数。</translation>
    </message>
    <message>
        <source>hidden_size (H): the number of units in the cell state c_t and, without projection, in h_t.</source>
        <translation>hidden_size (H): セル状態 c_t のユニット数。射影がなければ h_t も同じです。</translation>
    </message>
    <message>
        <source>num_layers: how many LSTMs are stacked; layer k reads layer k−1&apos;s output.</source>
        <translation>num_layers: 積み重ねる LSTM の数。層 k は層 k−1 の出力を読みます。</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <source>bias: add the biases b_ih and b_hh inside every gate.</source>
        <translation>bias: すべてのゲートでバイアス b_ih と b_hh を加えます。</translation>
    </message>
    <message>
        <source>batch_first</source>
        <translation>batch_first</translation>
    </message>
    <message>
        <source>batch_first: input and output are (N, L, ·) instead of (L, N, ·); h_n and c_n never change.</source>
        <translation>batch_first: 入力と出力が (L, N, ·) ではなく (N, L, ·) になります。h_n と c_n は変わりません。</translation>
    </message>
    <message>
        <source>dropout: probability of zeroing each output of every layer but the last, in training mode only.</source>
        <translation>dropout: 最後の層を除く各層で、出力の各要素を 0 にする確率 (学習モード時のみ)。</translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation>bidirectional</translation>
    </message>
    <message>
        <source>bidirectional: a second LSTM reads the sequence backwards; D = 2 and output concatenates both directions.</source>
        <translation>bidirectional: 2 つ目の LSTM が系列を逆向きに読みます。D = 2 となり、output は両方向を連結したものになります。</translation>
    </message>
    <message>
        <source>proj_size (P): if &gt; 0, h_t = W_hr (o_t ⊙ tanh(c_t)) has P units instead of H; must be smaller than hidden_size.</source>
        <translation>proj_size (P): &gt; 0 のとき、h_t = W_hr (o_t ⊙ tanh(c_t)) のユニット数が H ではなく P になります。hidden_size より小さい値が必要です。</translation>
    </message>
    <message>
        <source>input_size</source>
        <translation>input_size</translation>
    </message>
    <message>
        <source>hidden_size</source>
        <translation>hidden_size</translation>
    </message>
    <message>
        <source>num_layers</source>
        <translation>num_layers</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>proj_size</source>
        <translation>proj_size</translation>
    </message>
    <message>
        <source>Example batch</source>
        <translation>入力例</translation>
    </message>
    <message>
        <source>Batch size N: how many sequences are fed at once.</source>
        <translation>バッチサイズ N: 一度に入力する系列の数。</translation>
    </message>
    <message>
        <source>unbatched (L, H_in)</source>
        <translation>バッチなし (L, H_in)</translation>
    </message>
    <message>
        <source>Feed one sequence without the batch axis: every N axis disappears.</source>
        <translation>バッチ軸なしで系列を 1 本だけ入力します。N 軸はすべてなくなります。</translation>
    </message>
    <message>
        <source>seq_len L: the number of timesteps in each sequence.</source>
        <translation>seq_len L: 各系列のタイムステップ数。</translation>
    </message>
    <message>
        <source>variable lengths (packing)</source>
        <translation>可変長 (パッキング)</translation>
    </message>
    <message>
        <source>Give the samples lengths L, L−3, L−6, … as with pack_padded_sequence; steps past a length are padding.</source>
        <translation>pack_padded_sequence と同様に、サンプルに長さ L, L−3, L−6, … を与えます。長さを超えるステップはパディングです。</translation>
    </message>
    <message>
        <source>The true length of each sample, in batch order.</source>
        <translation>各サンプルの実際の長さ (バッチ順)。</translation>
    </message>
    <message>
        <source>batch N</source>
        <translation>バッチ N</translation>
    </message>
    <message>
        <source>seq_len L</source>
        <translation>seq_len L</translation>
    </message>
    <message>
        <source>Head, data and initialisation</source>
        <translation>ヘッド・データ・初期化</translation>
    </message>
    <message>
        <source>output[:, -1]  (last step)</source>
        <translation>output[:, -1]  (最終ステップ)</translation>
    </message>
    <message>
        <source>h_n[-1]  (final state)</source>
        <translation>h_n[-1]  (最終状態)</translation>
    </message>
    <message>
        <source>Flatten  output.reshape(N, -1)</source>
        <translation>Flatten  output.reshape(N, -1)</translation>
    </message>
    <message>
        <source>mean over steps</source>
        <translation>ステップ平均</translation>
    </message>
    <message>
        <source>every step (many-to-many)</source>
        <translation>全ステップ (多対多)</translation>
    </message>
    <message>
        <source>Which part of the LSTM&apos;s result the Linear head reads.</source>
        <translation>Linear ヘッドが LSTM の結果のどの部分を読むか。</translation>
    </message>
    <message>
        <source>How weight_ih (and weight_hr) are drawn at the start.</source>
        <translation>weight_ih (と weight_hr) の初期値の生成方法。</translation>
    </message>
    <message>
        <source>How weight_hh is drawn; orthogonal is applied per gate block.</source>
        <translation>weight_hh の初期値の生成方法。直交初期化はゲートのブロックごとに適用されます。</translation>
    </message>
    <message>
        <source>torch default U(−1/√H, 1/√H)</source>
        <translation>torch デフォルト U(−1/√H, 1/√H)</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>ゼロ</translation>
    </message>
    <message>
        <source>forget gate 1, others 0</source>
        <translation>忘却ゲート 1、他は 0</translation>
    </message>
    <message>
        <source>How bias_ih and bias_hh start; &apos;forget gate 1&apos; sets b_ih_f = 1.</source>
        <translation>bias_ih と bias_hh の初期値。「忘却ゲート 1、他は 0」では b_ih_f = 1 になります。</translation>
    </message>
    <message>
        <source>Gain of the Xavier and orthogonal initialisations.</source>
        <translation>Xavier 初期化と直交初期化のゲイン。</translation>
    </message>
    <message>
        <source>Seed of the initialisation: the same seed gives the same weights.</source>
        <translation>初期化のシード。同じシードなら同じ重みになります。</translation>
    </message>
    <message>
        <source>head</source>
        <translation>ヘッド</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>recurrent</source>
        <translation>再帰重み</translation>
    </message>
    <message>
        <source>bias init</source>
        <translation>バイアス初期値</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Where the LSTM&apos;s parameters come from.</source>
        <translation>LSTM のパラメータの出所。</translation>
    </message>
    <message>
        <source>every sample has all L steps</source>
        <translation>全サンプルが L ステップ (全長)</translation>
    </message>
    <message>
        <source>lengths = [%1]</source>
        <translation>lengths = [%1]</translation>
    </message>
    <message>
        <source>Not a valid nn.LSTM: %1</source>
        <translation>有効な nn.LSTM ではありません: %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>パラメータ: %1</translation>
    </message>
    <message>
        <source>The model the training dashboard builds and trains (core/nn/*_model.h): an LSTM with a Linear head (many_to_one, many_to_many), RepeatVector + decoder (one_to_many), encoder–decoder (seq2seq) or the LSTM autoencoder.</source>
        <translation>学習ダッシュボードが構築して学習するモデル (core/nn/*_model.h): Linear ヘッド付きの LSTM (many_to_one, many_to_many)、RepeatVector + デコーダ (one_to_many)、エンコーダ–デコーダ (seq2seq)、または LSTM オートエンコーダ。</translation>
    </message>
    <message>
        <source>K: the future steps seq2seq and one_to_many predict.</source>
        <translation>K: seq2seq と one_to_many が予測する未来のステップ数。</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>horizon K</source>
        <translation>予測ホライズン K</translation>
    </message>
    <message>
        <source>The explorer runs the model&apos;s decoder (%1.*): nn.LSTM(input_size, …) reads the window flattened to one vector of L·F values, repeated K times; input_size must be L·F for the trained weights to fit.</source>
        <translation>エクスプローラはモデルのデコーダ (%1.*) を実行します: nn.LSTM(input_size, …) は L·F 個の値の 1 本のベクトルに平坦化したウィンドウを K 回繰り返して読みます。学習済みの重みが合うには input_size が L·F である必要があります。</translation>
    </message>
    <message>
        <source>The explorer runs the model&apos;s encoder (%1.*); the decoder and the head train with it (drawn under Architectures).</source>
        <translation>エクスプローラはモデルのエンコーダ (%1.*) を実行します。デコーダとヘッドも一緒に学習します (アーキテクチャのタブに図示)。</translation>
    </message>
    <message>
        <source>The explorer runs the model&apos;s nn.LSTM (%1.*).</source>
        <translation>エクスプローラはモデルの nn.LSTM (%1.*) を実行します。</translation>
    </message>
    <message>
        <source>The data the training dashboard fits. The explorer&apos;s example batch is the built-in sine (or your CSV); with copy or adding it is the task&apos;s first N sequences as training draws them, and input_size follows the task&apos;s features.</source>
        <translation>学習ダッシュボードが当てはめるデータです。エクスプローラの例バッチは内蔵のサイン波（またはあなたの CSV）で、copy か adding のときは学習が引くのと同じタスクの最初の N 系列になり、input_size はタスクの特徴量の数に合わせられます。</translation>
    </message>
</context>
<context>
    <name>DataDescription</name>
    <message>
        <source>noisy sine</source>
        <translation>ノイズ入りの正弦波</translation>
    </message>
    <message>
        <source>synthetic stock (high, low, volume, gdp, cpi → next high)</source>
        <translation>合成株価 (high, low, volume, gdp, cpi → 翌日の high)</translation>
    </message>
    <message>
        <source>airline passengers</source>
        <translation>航空旅客数</translation>
    </message>
    <message>
        <source>three correlated sensors with labelled anomalies</source>
        <translation>異常ラベル付きの相関した 3 つのセンサー</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (目標値 %2)</translation>
    </message>
    <message>
        <source>Fashion-MNIST row by row (28 steps × 28 pixels)</source>
        <translation>行ごとの Fashion-MNIST (28 ステップ × 28 ピクセル)</translation>
    </message>
    <message>
        <source>adding problem</source>
        <translation>加算問題 (adding problem)</translation>
    </message>
    <message>
        <source>copy task</source>
        <translation>コピー課題 (copy task)</translation>
    </message>
    <message>
        <source>windows of %1 steps, %2 train / %3 validation / %4 test, standardised with the training part</source>
        <translation>%1 ステップのウィンドウ、学習 %2 / 検証 %3 / テスト %4、学習区間で標準化</translation>
    </message>
    <message>
        <source>%1 train / %2 validation / %3 test</source>
        <translation>学習 %1 / 検証 %2 / テスト %3</translation>
    </message>
</context>
<context>
    <name>FollowRunDock</name>
    <message>
        <source>Followed run</source>
        <translation>追跡中の実行</translation>
    </message>
    <message>
        <source>The epoch whose checkpoint every explorer view shows on the probe batch.</source>
        <translation>エクスプローラーの各ビューが、プローブバッチ上で表示するチェックポイントのエポック。</translation>
    </message>
    <message>
        <source>Showing epoch %1 (checkpoint on the probe batch)</source>
        <translation>エポック %1 を表示中 (プローブバッチ上のチェックポイント)</translation>
    </message>
    <message>
        <source>epoch %1: train loss %2</source>
        <translation>エポック %1: 学習損失 %2</translation>
    </message>
    <message>
        <source>, val loss %1</source>
        <translation>、検証損失 %1</translation>
    </message>
    <message>
        <source>%1
%2 epoch(s) logged, %3 checkpoint(s)%4</source>
        <translation>%1
記録済み %2 エポック、チェックポイント %3 個%4</translation>
    </message>
    <message>
        <source>No probe.safetensors yet: epochs cannot be shown on a batch.</source>
        <translation>probe.safetensors がまだありません: エポックをバッチ上で表示できません。</translation>
    </message>
    <message>
        <source>No checkpoint yet.</source>
        <translation>チェックポイントはまだありません。</translation>
    </message>
</context>
<context>
    <name>ForecasterComparisonDialog</name>
    <message>
        <source>Compare forecasters</source>
        <translation>予測方式の比較</translation>
    </message>
    <message>
        <source>Four ways to forecast the next K steps of a series (the fifth row is seq2seq trained the other way), trained on the same windows with the same LSTM settings and scored on the same validation windows. &lt;b&gt;Slicing a many-to-many output, output[:, -K:], is not among them:&lt;/b&gt; those are the model&apos;s outputs for the last K steps &lt;i&gt;inside&lt;/i&gt; the window, which it has already read — not the future.</source>
        <translation>系列の次の K ステップを予測する 4 つの方式 (5 行目は別の方法で学習した seq2seq) を、同じウィンドウ・同じ LSTM 設定で学習し、同じ検証ウィンドウで評価します。&lt;b&gt;many-to-many の出力を切り出す output[:, -K:] は含まれません:&lt;/b&gt; それはモデルがすでに読んだウィンドウの&lt;i&gt;中&lt;/i&gt;の最後の K ステップに対する出力で、未来ではありません。</translation>
    </message>
    <message>
        <source>K: how many future steps each model predicts.</source>
        <translation>K: 各モデルが予測する未来のステップ数。</translation>
    </message>
    <message>
        <source>L: the steps each window holds.</source>
        <translation>L: 1 つのウィンドウのステップ数。</translation>
    </message>
    <message>
        <source>H of every LSTM.</source>
        <translation>すべての LSTM の H。</translation>
    </message>
    <message>
        <source>Epochs per model (five models are trained).</source>
        <translation>モデルごとのエポック数 (5 つのモデルを学習します)。</translation>
    </message>
    <message>
        <source>Seed of the initialisation, the shuffling and the data.</source>
        <translation>初期化、シャッフル、データのシード。</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>horizon K</source>
        <translation>予測ホライズン K</translation>
    </message>
    <message>
        <source>window L</source>
        <translation>ウィンドウ L</translation>
    </message>
    <message>
        <source>hidden size H</source>
        <translation>隠れサイズ H</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Train and compare</source>
        <translation>学習して比較</translation>
    </message>
    <message>
        <source>Validation MSE per step ahead</source>
        <translation>先のステップごとの検証 MSE</translation>
    </message>
    <message>
        <source>steps ahead k</source>
        <translation>先のステップ k</translation>
    </message>
    <message>
        <source>MSE (standardised)</source>
        <translation>MSE (標準化)</translation>
    </message>
    <message>
        <source>Headless: %1</source>
        <translation>画面なしで: %1</translation>
    </message>
    <message>
        <source>Each model trains for the epochs above; this runs in the background.</source>
        <translation>各モデルは上のエポック数だけ学習します。バックグラウンドで実行されます。</translation>
    </message>
    <message>
        <source>Training five models…</source>
        <translation>5 つのモデルを学習中…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了。</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>比較に失敗しました: %1</translation>
    </message>
    <message>
        <source>forecaster</source>
        <translation>予測方式</translation>
    </message>
    <message>
        <source>mean MSE</source>
        <translation>平均 MSE</translation>
    </message>
    <message>
        <source>Validation MSE in standardised units on %1; each model trained %2 epochs. The numbers are those of the headless command on the left.</source>
        <translation>%1 での標準化単位の検証 MSE。各モデルは %2 エポック学習しました。数値は左の画面なしのコマンドと同じです。</translation>
    </message>
</context>
<context>
    <name>GateChunkDiagram</name>
    <message>
        <source>One matrix product gives all four gates: its 4H rows are cut into four blocks of H rows (chunk(4)) in the order i, f, g, o.</source>
        <translation>1 回の行列積で 4 つのゲートすべてが得られます: その 4H 行を H 行ずつ 4 つのブロックに i, f, g, o の順で切り分けます (chunk(4))。</translation>
    </message>
    <message>
        <source>a_t = W_ih x_t + b_ih + W_hh h_{t−1} + b_hh   →   i, f, g, o = a_t.chunk(4)</source>
        <translation>a_t = W_ih x_t + b_ih + W_hh h_{t−1} + b_hh   →   i, f, g, o = a_t.chunk(4)</translation>
    </message>
    <message>
        <source>padding: not computed</source>
        <translation>パディング: 計算なし</translation>
    </message>
    <message>
        <source>4H = %1 rows, H = %2 per gate</source>
        <translation>4H = %1 行、ゲートごとに H = %2</translation>
    </message>
    <message>
        <source>a[%1] = %2, clamped to %3 (what-if)</source>
        <translation>a[%1] = %2、%3 に固定 (what-if)</translation>
    </message>
</context>
<context>
    <name>GateClampForm</name>
    <message>
        <source>reverse direction</source>
        <translation>逆方向</translation>
    </message>
    <message>
        <source>every sample</source>
        <translation>全サンプル</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>層:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>ユニット:</translation>
    </message>
    <message>
        <source>Steps (from, to):</source>
        <translation>ステップ (開始, 終了):</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>サンプル:</translation>
    </message>
    <message>
        <source>Gate:</source>
        <translation>ゲート:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>値:</translation>
    </message>
    <message>
        <source>Clamp the gate</source>
        <translation>ゲートを固定</translation>
    </message>
    <message>
        <source>f = 1: remember everything</source>
        <translation>f = 1: すべて記憶</translation>
    </message>
    <message>
        <source>f = 0: forget</source>
        <translation>f = 0: 忘却</translation>
    </message>
    <message>
        <source>i = 0: write nothing</source>
        <translation>i = 0: 何も書き込まない</translation>
    </message>
    <message>
        <source>o = 1: show the whole cell</source>
        <translation>o = 1: セル全体を出力</translation>
    </message>
    <message>
        <source>Knock the unit out (h = 0)</source>
        <translation>ユニットを無効化 (h = 0)</translation>
    </message>
    <message>
        <source>o = 0 at every step: the unit&apos;s cell still runs, but nothing of it reaches h_t.</source>
        <translation>全ステップで o = 0: ユニットのセルは計算され続けますが、h_t には何も届きません。</translation>
    </message>
</context>
<context>
    <name>GradientsView</name>
    <message>
        <source>Layer / direction</source>
        <translation>層 / 方向</translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ over epochs</source>
        <translation>エポックごとの ‖dL/dh_t‖</translation>
    </message>
    <message>
        <source>‖dL/dc_t‖ over epochs</source>
        <translation>エポックごとの ‖dL/dc_t‖</translation>
    </message>
    <message>
        <source>Newest epoch: gradient norm per step</source>
        <translation>最新エポック: ステップごとの勾配ノルム</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>ステップ t</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>ノルム</translation>
    </message>
    <message>
        <source>Initialisation: forget-gate bias 0 vs 1 on the same data</source>
        <translation>初期化: 同じデータで忘却ゲートのバイアス 0 と 1 を比較</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>比較を実行</translation>
    </message>
    <message>
        <source>Trains two fresh models in the background (same data and seed), one with every bias 0 and one with forget-gate bias 1</source>
        <translation>新しいモデルを 2 つバックグラウンドで学習します (データとシードは同じ)。1 つはバイアスをすべて 0、もう 1 つは忘却ゲートのバイアスを 1 にします</translation>
    </message>
    <message>
        <source> epochs each</source>
        <translation> エポックずつ</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>未実行です。</translation>
    </message>
    <message>
        <source>forget bias 0: ‖dL/dc_t‖</source>
        <translation>忘却バイアス 0: ‖dL/dc_t‖</translation>
    </message>
    <message>
        <source>forget bias 1: ‖dL/dc_t‖</source>
        <translation>忘却バイアス 1: ‖dL/dc_t‖</translation>
    </message>
    <message>
        <source>Last epoch: ‖dL/dc_t‖ per step</source>
        <translation>最終エポック: ステップごとの ‖dL/dc_t‖</translation>
    </message>
    <message>
        <source>layer %1 %2</source>
        <translation>層 %1 %2</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>逆方向</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>順方向</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>層 %1</translation>
    </message>
    <message>
        <source>drawn after the first epoch</source>
        <translation>最初のエポックの後に描画されます</translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ (epoch %1)</source>
        <translation>‖dL/dh_t‖ (エポック %1)</translation>
    </message>
    <message>
        <source>‖dL/dc_t‖ (epoch %1)</source>
        <translation>‖dL/dc_t‖ (エポック %1)</translation>
    </message>
    <message>
        <source>Training forget bias 0…</source>
        <translation>忘却バイアス 0 のモデルを学習中…</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <source>press Run comparison</source>
        <translation>「比較を実行」を押してください</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>epoch %1, val loss %2</source>
        <translation>エポック %1、検証損失 %2</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>  — done</source>
        <translation>  — 完了</translation>
    </message>
    <message>
        <source>Backpropagation through time of a fixed validation batch, recorded after each epoch: mean over the batch of ‖dL/dh_t‖ and ‖dL/dc_t‖. </source>
        <translation>固定した検証バッチの通時的誤差逆伝播を各エポックの後に記録: ‖dL/dh_t‖ と ‖dL/dc_t‖ のバッチ平均。</translation>
    </message>
    <message>
        <source>The loss reads every step (head seq: one prediction per step), so each h_t receives its own share directly, plus what flows back from the later steps — the early steps collect from more of them.</source>
        <translation>損失は全ステップを読む (ヘッド seq: ステップごとに 1 つの予測) ため、各 h_t は自分の分を直接受け取り、さらに後のステップから逆流する分も受け取ります — 前のステップほど、より多くのステップから集めます。</translation>
    </message>
    <message>
        <source>The loss reads every step through Flatten (one weight block per step), so each h_t receives its own share directly, plus what flows back from later steps.</source>
        <translation>損失は Flatten を通して全ステップを読む (ステップごとに 1 つの重みブロック) ため、各 h_t は自分の分を直接受け取り、さらに後のステップから逆流する分も受け取ります。</translation>
    </message>
    <message>
        <source>The loss reads the mean over the steps, so each h_t receives 1/L of the gradient directly, plus what flows back from later steps.</source>
        <translation>損失はステップの平均を読むため、各 h_t は勾配の 1/L を直接受け取り、さらに後のステップから逆流する分も受け取ります。</translation>
    </message>
    <message>
        <source>The loss reads h_n, the final state (t = L−1 forward, t = 0 for a reverse direction), so gradients start there and shrink (vanish) or grow (explode) as they flow back through the steps.</source>
        <translation>損失は最終状態 h_n (順方向では t = L−1、逆方向では t = 0) を読むため、勾配はそこから始まり、ステップを逆にたどるにつれて小さく (消失) または大きく (爆発) なります。</translation>
    </message>
    <message>
        <source>The loss reads the last step, so gradients start there and shrink (vanish) or grow (explode) towards t = 0.</source>
        <translation>損失は最終ステップを読むため、勾配はそこから始まり、t = 0 に向かって小さく (消失) または大きく (爆発) なります。</translation>
    </message>
</context>
<context>
    <name>HistogramsView</name>
    <message>
        <source>weights (values)</source>
        <translation>重み (値)</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>ridge (offset by epoch)</source>
        <translation>リッジ (エポックごとにずらす)</translation>
    </message>
    <message>
        <source>heat map (distribution over time)</source>
        <translation>ヒートマップ (分布の推移)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Epochs from</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Histograms appear after the first epoch. Each LSTM matrix is split into its four gate blocks (rows [0,H) i, [H,2H) f, [2H,3H) g, [3H,4H) o).</source>
        <translation>ヒストグラムは最初のエポックの後に表示されます。LSTM の各行列は 4 つのゲートブロックに分割されます (行 [0,H) が i、[H,2H) が f、[2H,3H) が g、[3H,4H) が o)。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>dashed: %1, epoch %2</source>
        <translation>破線: %1、エポック %2</translation>
    </message>
    <message>
        <source>no epochs yet</source>
        <translation>エポックなし</translation>
    </message>
    <message>
        <source>%1 – %2 of %3</source>
        <translation>%1 – %2 (全 %3)</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>epoch %1: %2 zeros · %3 NaN · %4 Inf of %5</source>
        <translation>エポック %1: ゼロ %2 · NaN %3 · Inf %4 (全 %5 個)</translation>
    </message>
    <message>
        <source>no histogram</source>
        <translation>ヒストグラムなし</translation>
    </message>
</context>
<context>
    <name>HyperParameterForm</name>
    <message>
        <source>Optimizer</source>
        <translation>オプティマイザ</translation>
    </message>
    <message>
        <source>Initial learning rate (optimizer lr)</source>
        <translation>学習率の初期値 (オプティマイザの lr)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>clip_grad_norm_(max_norm); 0 = off</source>
        <translation>clip_grad_norm_(max_norm) による勾配クリッピング。0 = 無効</translation>
    </message>
    <message>
        <source>Clip grad norm</source>
        <translation>勾配ノルム上限</translation>
    </message>
    <message>
        <source>clip_grad_value_(clip_value); 0 = off. Used only without norm clipping</source>
        <translation>clip_grad_value_(clip_value) による勾配クリッピング。0 = 無効。ノルムによるクリッピングがないときのみ使用</translation>
    </message>
    <message>
        <source>Clip grad value</source>
        <translation>勾配値の上限</translation>
    </message>
    <message>
        <source>on</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>ReduceLROnPlateau on the validation loss</source>
        <translation>検証損失に対する ReduceLROnPlateau</translation>
    </message>
    <message>
        <source>factor </source>
        <translation>factor </translation>
    </message>
    <message>
        <source>LR on plateau</source>
        <translation>停滞時の LR 減衰</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> エポック</translation>
    </message>
    <message>
        <source>  patience</source>
        <translation>  patience</translation>
    </message>
    <message>
        <source>patience </source>
        <translation>patience </translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>早期終了</translation>
    </message>
    <message>
        <source>torch default U(±1/√H)</source>
        <translation>torch デフォルト U(±1/√H)</translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation>Xavier 一様</translation>
    </message>
    <message>
        <source>Kaiming uniform</source>
        <translation>Kaiming 一様</translation>
    </message>
    <message>
        <source>orthogonal (W_hh)</source>
        <translation>直交 (W_hh)</translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation>重みの初期化</translation>
    </message>
    <message>
        <source>torch default</source>
        <translation>torch デフォルト</translation>
    </message>
    <message>
        <source>zeros (forget bias 0)</source>
        <translation>ゼロ (忘却バイアス 0)</translation>
    </message>
    <message>
        <source>forget gate bias 1</source>
        <translation>忘却ゲートのバイアス 1</translation>
    </message>
    <message>
        <source>Bias init</source>
        <translation>バイアスの初期化</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>保存しない</translation>
    </message>
    <message>
        <source>Each run gets its own folder here: config.json, metrics.csv, events, histograms, best and last weights (open one with &quot;Compare run…&quot;)</source>
        <translation>実行ごとにここにフォルダが作られます: config.json、metrics.csv、イベント、ヒストグラム、最良と最後の重み (「実行と比較…」で開けます)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Save runs in</source>
        <translation>実行の保存先</translation>
    </message>
    <message>
        <source>this run: %1</source>
        <translation>この実行: %1</translation>
    </message>
    <message>
        <source>Xavier normal</source>
        <translation>Xavier 正規</translation>
    </message>
    <message>
        <source>Kaiming normal</source>
        <translation>Kaiming 正規</translation>
    </message>
</context>
<context>
    <name>InitComparison</name>
    <message>
        <source>forget bias 0</source>
        <translation>忘却バイアス 0</translation>
    </message>
    <message>
        <source>forget bias 1</source>
        <translation>忘却バイアス 1</translation>
    </message>
</context>
<context>
    <name>InputBoxWidget</name>
    <message>
        <source>The input tensor x: time runs to the right, features upwards, samples into the depth; each edge names its dimension in the current layout.</source>
        <translation>入力テンソル x: 時間は右へ、特徴量は上へ、サンプルは奥へ進みます。各辺には現在のレイアウトでの次元名を示します。</translation>
    </message>
    <message>
        <source>input x: %1</source>
        <translation>入力 x: %1</translation>
    </message>
    <message>
        <source>L = %1 steps (dim %2)</source>
        <translation>L = %1 ステップ (dim %2)</translation>
    </message>
    <message>
        <source>H_in = %1 features
(dim %2)</source>
        <translation>H_in = %1 特徴量
(dim %2)</translation>
    </message>
    <message>
        <source>N = %1 samples
(dim %2)</source>
        <translation>N = %1 サンプル
(dim %2)</translation>
    </message>
    <message>
        <source>Unbatched: one sequence, no N axis. Blue frame: the sequence, shaded: x_0.</source>
        <translation>バッチなし: 系列 1 本、N 軸なし。青枠: 系列、網掛け: x_0。</translation>
    </message>
    <message>
        <source>Blue frame: x[0], sample 0 (L × H_in); shaded: x[0, 0], its step 0.</source>
        <translation>青枠: x[0]、サンプル 0 (L × H_in)。網掛け: x[0, 0]、そのステップ 0。</translation>
    </message>
    <message>
        <source>Blue frame: x[:, 0], sample 0 (L × H_in); shaded: x[0, 0], its step 0.</source>
        <translation>青枠: x[:, 0]、サンプル 0 (L × H_in)。網掛け: x[0, 0]、そのステップ 0。</translation>
    </message>
</context>
<context>
    <name>InputDragPlot</name>
    <message>
        <source>original</source>
        <translation>元の値</translation>
    </message>
    <message>
        <source>edited (drag a dot)</source>
        <translation>編集後 (点をドラッグ)</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>ステップ t</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <source>Search a word of your question (h_n, Flatten, packing…)</source>
        <translation>質問の単語で検索 (h_n、Flatten、パッキング…)</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>まず予想</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>答え合わせ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>答えを見る</translation>
    </message>
    <message>
        <source>Skip the prediction and show the explanation.</source>
        <translation>予想を飛ばして解説を表示します。</translation>
    </message>
    <message>
        <source>The lessons cannot be loaded: %1</source>
        <translation>レッスンを読み込めません: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;: pick a question. Each lesson loads its example, opens the view that answers it and marks where to look; its numbers come from the engine.</source>
        <translation>&lt;b&gt;レッスン&lt;/b&gt;: 質問を選んでください。各レッスンは例を読み込み、答えとなるビューを開いて見るべき場所を示します。数値はエンジンが計算したものです。</translation>
    </message>
    <message>
        <source>unknown lesson &apos;%1&apos;; lstmviz --list-lessons lists the %2 lessons</source>
        <translation>不明なレッスン「%1」です。lstmviz --list-lessons で %2 個のレッスンを一覧表示できます</translation>
    </message>
    <message>
        <source>This lesson&apos;s configuration is refused: %1</source>
        <translation>このレッスンの設定は受け付けられません: %1</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>質問:</translation>
    </message>
    <message>
        <source>e.g. 2, 3, 4</source>
        <translation>例: 2, 3, 4</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>The engine cannot run this lesson: %1</source>
        <translation>エンジンはこのレッスンを実行できません: %1</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>やってみよう:</translation>
    </message>
    <message>
        <source>not with this configuration: %1</source>
        <translation>この設定では不可: %1</translation>
    </message>
    <message>
        <source>Checked against the engine (the numbers the views show):</source>
        <translation>エンジンで検証済み (ビューに表示される数値):</translation>
    </message>
    <message>
        <source>Type your prediction first (%1).</source>
        <translation>まず予想を入力してください (%1)。</translation>
    </message>
    <message>
        <source>✓ Right — the engine computes %1.</source>
        <translation>✓ 正解 — エンジンの計算結果は %1 です。</translation>
    </message>
    <message>
        <source>✗ Not quite — you said %1, the engine computes %2.</source>
        <translation>✗ 惜しい — あなたの答えは %1、エンジンの計算結果は %2 です。</translation>
    </message>
    <message>
        <source>The engine&apos;s answer: %1.</source>
        <translation>エンジンの答え: %1。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>LoadedValues</name>
    <message>
        <source>Kept as the configuration gives it, beyond what the fields above can show: %1. Changing the field replaces it.</source>
        <translation>設定ファイルの値をそのまま保持します（上の入力欄では表示できない値）: %1。その入力欄を変更すると置き換わります。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>lstmviz — see exactly what torch.nn.LSTM does</source>
        <translation>lstmviz — torch.nn.LSTM の動作を正確に見る</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Import PyTorch &amp;weights…</source>
        <translation>PyTorch の重みをインポート(&amp;W)…</translation>
    </message>
    <message>
        <source>Import nn.LSTM weights</source>
        <translation>nn.LSTM の重みをインポート</translation>
    </message>
    <message>
        <source>safetensors state_dict (*.safetensors)</source>
        <translation>safetensors 形式の state_dict (*.safetensors)</translation>
    </message>
    <message>
        <source>Cannot import the weights</source>
        <translation>重みをインポートできません</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>CSV をインポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Import a CSV series</source>
        <translation>CSV の系列をインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV ファイル (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Cannot import the CSV</source>
        <translation>CSV をインポートできません</translation>
    </message>
    <message>
        <source>&amp;Open config…</source>
        <translation>設定を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a configuration</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>lstmviz config (*.json)</source>
        <translation>lstmviz 設定 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the configuration</source>
        <translation>設定を開けません</translation>
    </message>
    <message>
        <source>&amp;Save config…</source>
        <translation>設定を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the configuration</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Cannot save the configuration</source>
        <translation>設定を保存できません</translation>
    </message>
    <message>
        <source>&amp;Export trace as CSV…</source>
        <translation>トレースを CSV でエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the trace</source>
        <translation>トレースをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the trace</source>
        <translation>トレースをエクスポートできません</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About lstmviz</source>
        <translation>lstmviz について(&amp;A)</translation>
    </message>
    <message>
        <source>About lstmviz</source>
        <translation>lstmviz について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;lstmviz&lt;/h3&gt;&lt;p&gt;See exactly what &lt;code&gt;torch.nn.LSTM&lt;/code&gt; does: every shape, every gate at every step, and when &lt;code&gt;output[:, -1]&lt;/code&gt; and &lt;code&gt;h_n[-1]&lt;/code&gt; differ.&lt;/p&gt;&lt;p&gt;The LSTM is a C++ reimplementation of torch.nn.LSTM checked against PyTorch itself, digit for digit.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;lstmviz&lt;/h3&gt;&lt;p&gt;&lt;code&gt;torch.nn.LSTM&lt;/code&gt; の動作を正確に見る: すべての形状、各ステップのすべてのゲート、そして &lt;code&gt;output[:, -1]&lt;/code&gt; と &lt;code&gt;h_n[-1]&lt;/code&gt; が異なるのはどんなときか。&lt;/p&gt;&lt;p&gt;この LSTM は torch.nn.LSTM を C++ で再実装したもので、PyTorch 本体と 1 桁ずつ照合しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Show the %1 view (lstmviz --view %2).</source>
        <translation>「%1」ビューを表示します (lstmviz --view %2)。</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Stepper</source>
        <translation>ステップ実行</translation>
    </message>
    <message>
        <source>Outputs compared</source>
        <translation>出力の比較</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Padding &amp;&amp; packing</source>
        <translation>パディング &amp;&amp; パッキング</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation>ヒストグラム</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>Invalid configuration — the views keep the last valid one.</source>
        <translation>無効な設定です — 各ビューには最後の有効な設定が表示されたままです。</translation>
    </message>
    <message>
        <source>Computing the forward pass of %1 × %2 steps, %3 layer(s)… the views show the previous configuration until it is done.</source>
        <translation>%1 × %2 ステップ、%3 層の順伝播を計算中… 完了するまで、各ビューには前の設定が表示されます。</translation>
    </message>
    <message>
        <source>UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=%1 and num_layers=1</source>
        <translation>UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=%1 and num_layers=1 — dropout は最後の層以外の出力に入るため、num_layers=1 では効果がありません。</translation>
    </message>
    <message>
        <source>The explorer runs the model in eval mode (model.eval()): dropout is off here.</source>
        <translation>エクスプローラーはモデルを eval モード (model.eval()) で実行するため、ここでは dropout は無効です。</translation>
    </message>
    <message>
        <source>%1 is loaded for training, but the example batch stays the built-in sine: %2.</source>
        <translation>%1 は学習用に読み込まれましたが、入力例は組み込みの正弦波のままです: %2。</translation>
    </message>
    <message>
        <source>the initialisation (%1 no longer fits this nn.LSTM)</source>
        <translation>初期化 (%1 はこの nn.LSTM に合わなくなりました)</translation>
    </message>
    <message>
        <source>the initialisation above</source>
        <translation>上の初期化設定</translation>
    </message>
    <message>
        <source>nn.LSTM(%1, %2, num_layers=%3%4%5%6) on %7 — %8 parameters</source>
        <translation>nn.LSTM(%1, %2, num_layers=%3%4%5%6)、入力: %7 — パラメータ %8 個</translation>
    </message>
    <message>
        <source>, batch_first=True</source>
        <translation>, batch_first=True</translation>
    </message>
    <message>
        <source>, bidirectional=True</source>
        <translation>, bidirectional=True</translation>
    </message>
    <message>
        <source>, proj_size=%1</source>
        <translation>, proj_size=%1</translation>
    </message>
    <message>
        <source>one sequence of %1 steps</source>
        <translation>%1 ステップの系列 1 本</translation>
    </message>
    <message>
        <source>a batch of %1 × %2 steps</source>
        <translation>%1 × %2 ステップのバッチ</translation>
    </message>
    <message>
        <source>the training run&apos;s latest weights</source>
        <translation>学習の実行で得た最新の重み</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1 からインポートした重み</translation>
    </message>
    <message>
        <source>Weights %1.</source>
        <translation>%1 を読み込みました。</translation>
    </message>
    <message>
        <source>%1: %2 rows × %3 columns loaded.</source>
        <translation>%1: %2 行 × %3 列を読み込みました。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>%1 under &apos;%2&apos;</source>
        <translation>%1 (「%2」以下)</translation>
    </message>
    <message>
        <source>Several LSTMs</source>
        <translation>複数の LSTM</translation>
    </message>
    <message>
        <source>%1 holds several LSTMs. Which one should the explorer run?</source>
        <translation>%1 には複数の LSTM が含まれています。エクスプローラーでどれを実行しますか?</translation>
    </message>
    <message>
        <source>Load an nn.LSTM, nn.LSTMCell or x2h/h2h cell state_dict (under any prefix) saved as safetensors.</source>
        <translation>safetensors で保存された nn.LSTM、nn.LSTMCell、または x2h/h2h セルの state_dict (プレフィックスは任意) を読み込みます。</translation>
    </message>
    <message>
        <source>Open &amp;input…</source>
        <translation>入力を開く(&amp;I)…</translation>
    </message>
    <message>
        <source>Open an input batch</source>
        <translation>入力バッチを開く</translation>
    </message>
    <message>
        <source>input batch (*.safetensors *.npy *.npz)</source>
        <translation>入力バッチ (*.safetensors *.npy *.npz)</translation>
    </message>
    <message>
        <source>Cannot open the input</source>
        <translation>入力を開けません</translation>
    </message>
    <message>
        <source>Carry the &amp;state into the next batch</source>
        <translation>状態を次のバッチに引き継ぐ(&amp;S)</translation>
    </message>
    <message>
        <source>Cannot carry the state</source>
        <translation>状態を引き継げません</translation>
    </message>
    <message>
        <source>A stateful LSTM: this pass&apos;s h_n, c_n become h_0, c_0 of the next pass over the same batch.</source>
        <translation>ステートフルな LSTM: この順伝播の h_n, c_n が、同じバッチに対する次の順伝播の h_0, c_0 になります。</translation>
    </message>
    <message>
        <source>&amp;Follow run…</source>
        <translation>実行を追跡(&amp;F)…</translation>
    </message>
    <message>
        <source>Follow a training run (lstmviz&apos;s or lstmviz.Watch&apos;s run directory)</source>
        <translation>学習の実行を追跡 (lstmviz または lstmviz.Watch の実行ディレクトリ)</translation>
    </message>
    <message>
        <source>Cannot follow the run</source>
        <translation>実行を追跡できません</translation>
    </message>
    <message>
        <source>The example batch is the built-in one, not %1: %2.</source>
        <translation>入力例は %1 ではなく組み込みのものです: %2。</translation>
    </message>
    <message>
        <source>the batch with the carried state</source>
        <translation>状態を引き継いだバッチ</translation>
    </message>
    <message>
        <source>imported from %1 (the nn.LSTM under &apos;%2&apos;)</source>
        <translation>%1 からインポートした重み (「%2」以下の nn.LSTM)</translation>
    </message>
    <message>
        <source>imported from %1: the %2 under &apos;%3&apos;, run over time from its state as the one-layer nn.LSTM it equals (same gate order i, f, g, o): %4</source>
        <translation>%1 からインポートした重み: 「%3」以下の %2 を、それと等価な 1 層の nn.LSTM として、その状態から時間方向に実行 (ゲート順は同じ i, f, g, o): %4</translation>
    </message>
    <message>
        <source>%1: the explorer runs this batch.</source>
        <translation>%1: エクスプローラーはこのバッチで実行します。</translation>
    </message>
    <message>
        <source>there is no forward pass to carry the state from</source>
        <translation>状態の引き継ぎ元となる順伝播がありません</translation>
    </message>
    <message>
        <source>h_n, c_n of the previous pass</source>
        <translation>前回の順伝播の h_n, c_n</translation>
    </message>
    <message>
        <source>h_0, c_0 = the previous pass&apos;s h_n, c_n.</source>
        <translation>h_0, c_0 = 前回の順伝播の h_n, c_n。</translation>
    </message>
    <message>
        <source>followed run %1</source>
        <translation>追跡中の実行 %1</translation>
    </message>
    <message>
        <source>no run is followed</source>
        <translation>追跡中の実行はありません</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>Compare &amp;forecasters…</source>
        <translation>予測方式の比較(&amp;F)…</translation>
    </message>
    <message>
        <source>Train four ways to forecast K steps on the same series and compare their validation error per step ahead.</source>
        <translation>同じ系列で K ステップを予測する 4 つの方式を学習し、先のステップごとの検証誤差を比較します。</translation>
    </message>
    <message>
        <source>the training run&apos;s latest weights of the model&apos;s %1, nn.LSTM(%2, %3)</source>
        <translation>学習の実行の最新の重み (モデルの %1、nn.LSTM(%2, %3))</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>What-if (仮定実験)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Change any input, weight or gate and see every view recompute, the original as a grey ghost.</source>
        <translation>入力・重み・ゲートを変えるとすべてのビューが再計算され、元の値は灰色のゴーストで表示されます。</translation>
    </message>
    <message>
        <source>What-if edits that no longer fit were removed: %1</source>
        <translation>合わなくなった What-if の編集を削除しました: %1</translation>
    </message>
</context>
<context>
    <name>MemoryView</name>
    <message>
        <source>Which sample n of the batch the connectivity and attributions are of.</source>
        <translation>接続性と寄与度を求めるバッチのサンプル n。</translation>
    </message>
    <message>
        <source>The layer whose forget gates and hidden states are shown.</source>
        <translation>忘却ゲートと隠れ状態を表示する層。</translation>
    </message>
    <message>
        <source>The direction whose forget gates are shown.</source>
        <translation>忘却ゲートを表示する方向。</translation>
    </message>
    <message>
        <source>The cell unit u whose forget-gate survival is shown.</source>
        <translation>忘却ゲートの残存率を表示するセルのユニット u。</translation>
    </message>
    <message>
        <source>output[n, last step, 0]</source>
        <translation>output[n, 最後のステップ, 0]</translation>
    </message>
    <message>
        <source>Σ output[n, last step, :]</source>
        <translation>Σ output[n, 最後のステップ, :]</translation>
    </message>
    <message>
        <source>The scalar f(x) whose attributions are shown.</source>
        <translation>寄与度を表示するスカラー f(x)。</translation>
    </message>
    <message>
        <source>The step t marked on the hidden-state trajectories.</source>
        <translation>隠れ状態の軌跡に印を付けるステップ t。</translation>
    </message>
    <message>
        <source>Sample n:</source>
        <translation>サンプル n:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>層:</translation>
    </message>
    <message>
        <source>Unit u:</source>
        <translation>ユニット u:</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>寄与度の対象:</translation>
    </message>
    <message>
        <source>input step s</source>
        <translation>入力ステップ s</translation>
    </message>
    <message>
        <source>output step t</source>
        <translation>出力ステップ t</translation>
    </message>
    <message>
        <source>‖∂output[t] / ∂x[s]‖</source>
        <translation>‖∂output[t] / ∂x[s]‖</translation>
    </message>
    <message>
        <source>∏ f (survival)</source>
        <translation>∏ f (残存率)</translation>
    </message>
    <message>
        <source>Attribution per input step</source>
        <translation>入力ステップごとの寄与度</translation>
    </message>
    <message>
        <source>attribution (Σ over features)</source>
        <translation>寄与度 (特徴量の和 Σ)</translation>
    </message>
    <message>
        <source>Trajectories of h_t (PCA)</source>
        <translation>h_t の軌跡 (PCA)</translation>
    </message>
    <message>
        <source>PC 1</source>
        <translation>PC 1</translation>
    </message>
    <message>
        <source>PC 2</source>
        <translation>PC 2</translation>
    </message>
    <message>
        <source>How strongly each output step depends on each input step of this sample: a gradient norm, not a causal effect. One direction: only s ≤ t (lower triangle); bidirectional: every pair. Blank: no path (or padding).</source>
        <translation>このサンプルの各出力ステップが各入力ステップにどれだけ強く依存するか: 勾配のノルムであり、因果効果ではありません。単方向: s ≤ t のみ (下三角)、双方向: すべての組。空白: 経路なし (またはパディング)。</translation>
    </message>
    <message>
        <source>The share of the cell state written at step s still in c_t: the product of the forget gates in between (1 on the diagonal). Recorded values, not a gradient.</source>
        <translation>ステップ s で書き込まれたセル状態のうち c_t にまだ残っている割合: その間の忘却ゲートの積 (対角は 1)。記録された値であり、勾配ではありません。</translation>
    </message>
    <message>
        <source>The last output step&apos;s row of the connectivity against s (left axis), and the survival of unit u to that step (right axis): where f stays near 1, old inputs keep their influence — the forget gate is the memory.</source>
        <translation>最後の出力ステップの接続性の行を s に対して (左軸)、そのステップまでのユニット u の残存率 (右軸): f が 1 近くに保たれるところでは古い入力が影響を保ちます — 忘却ゲートこそがメモリです。</translation>
    </message>
    <message>
        <source>Each step&apos;s share of the scalar: gradient × input (x ⊙ ∂f/∂x, a local linearisation) and integrated gradients (baseline x′ = 0). Attributions, not the effect of deleting a step.</source>
        <translation>スカラーに対する各ステップの取り分: gradient × input (x ⊙ ∂f/∂x、局所的な線形化) と integrated gradients (ベースライン x′ = 0)。寄与度であり、ステップを削除したときの効果ではありません。</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>順方向</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>逆方向</translation>
    </message>
    <message>
        <source>Computing the connectivity and attributions…</source>
        <translation>接続性と寄与度を計算中…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>gradient × input</source>
        <translation>gradient × input</translation>
    </message>
    <message>
        <source>integrated gradients</source>
        <translation>integrated gradients</translation>
    </message>
    <message>
        <source>&lt;b&gt;f(x) = %1.&lt;/b&gt; &lt;b&gt;Integrated gradients&lt;/b&gt; (m = %2 steps, baseline x′ = 0): Σ attributions = %3; f(x) − f(x′) = %4 − %5 = %6; relative difference %7 (completeness).&lt;br&gt;&lt;b&gt;Gradient × input&lt;/b&gt;: Σ attributions = %8 — not equal to f(x) − f(0) in general.</source>
        <translation>&lt;b&gt;f(x) = %1.&lt;/b&gt; &lt;b&gt;Integrated gradients&lt;/b&gt; (m = %2 区間、ベースライン x′ = 0): Σ 寄与度 = %3; f(x) − f(x′) = %4 − %5 = %6; 相対差 %7 (完全性)。&lt;br&gt;&lt;b&gt;Gradient × input&lt;/b&gt;: Σ 寄与度 = %8 — 一般には f(x) − f(0) と等しくありません。</translation>
    </message>
    <message>
        <source>‖∂output[%1] / ∂x[s]‖</source>
        <translation>‖∂output[%1] / ∂x[s]‖</translation>
    </message>
    <message>
        <source>∏ f of unit %1 to t = %2</source>
        <translation>ユニット %1 の t = %2 までの ∏ f</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Step t = %1:</source>
        <translation>ステップ t = %1:</translation>
    </message>
    <message>
        <source>Gradient path of the last step</source>
        <translation>最後のステップの勾配の経路</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>接続性</translation>
    </message>
    <message>
        <source>Forget-gate survival</source>
        <translation>忘却ゲート残存率</translation>
    </message>
    <message>
        <source>∏ f of unit u</source>
        <translation>ユニット u の ∏ f</translation>
    </message>
    <message>
        <source>h_t of every sample of the batch (one colour each, the chosen sample thicker) projected on the two directions of largest variance, which hold %1% of it; dots: step t of the slider. A projection: distances along the other components are not shown.</source>
        <translation>バッチの全サンプルの h_t (サンプルごとに 1 色、選んだサンプルは太線) を分散が最大の 2 方向に射影したもので、この 2 方向が分散の %1% を占めます。点: スライダーのステップ t。射影なので、ほかの成分方向の距離は表示されません。</translation>
    </message>
    <message>
        <source>Connectivity and attributions not drawn: one sample&apos;s Jacobian would hold %1 values (L·D·H_out·L·H_in), more than %2.</source>
        <translation>接続性と寄与度は描画しません: 1 サンプルのヤコビアンが %2 個を超える %1 個の値 (L·D·H_out·L·H_in) を持つことになります。</translation>
    </message>
    <message>
        <source>the head&apos;s prediction</source>
        <translation>ヘッドの予測</translation>
    </message>
    <message>
        <source>The input is the built-in example batch.</source>
        <translation>入力は組み込みの例のバッチです。</translation>
    </message>
    <message>
        <source>‖W ∂output[t] / ∂x[s]‖ (head)</source>
        <translation>‖W ∂output[t] / ∂x[s]‖ (ヘッド)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The head&apos;s prediction&lt;/b&gt; %1 = %2: output %3%4, the largest of its %5; f(x) is it without head.bias[%3] = %6, which cancels in f(x) − f(x′). head.weight is the %7 head as initialised (init seed %8): the explorer does not receive trained head weights.&lt;br&gt;</source>
        <translation>&lt;b&gt;ヘッドの予測&lt;/b&gt; %1 = %2: %5 個の出力のうち最大の出力 %3%4; f(x) はここから head.bias[%3] = %6 を除いた値で、このバイアスは f(x) − f(x′) で打ち消されます。head.weight は初期化したままの %7 ヘッドです (初期化シード %8): エクスプローラーは学習済みのヘッドの重みを受け取りません。&lt;br&gt;</translation>
    </message>
    <message>
        <source>‖W ∂output[%1] / ∂x[s]‖</source>
        <translation>‖W ∂output[%1] / ∂x[s]‖</translation>
    </message>
    <message>
        <source>Edited run (%1): every number here includes its clamps.</source>
        <translation>編集した実行 (%1): ここの数はすべてその固定を含みます。</translation>
    </message>
    <message>
        <source>The input is %1 (seed %2) as training draws it; features: %3.</source>
        <translation>入力は学習が生成するとおりの%1 (シード %2) です。特徴: %3。</translation>
    </message>
    <message>
        <source>the copy task</source>
        <translation>コピー課題 (copy task)</translation>
    </message>
    <message>
        <source>the adding problem</source>
        <translation>加算問題 (adding problem)</translation>
    </message>
    <message>
        <source>The input is read from %1.</source>
        <translation>入力は %1 から読み込んだものです。</translation>
    </message>
    <message>
        <source>Computing the principal components of h_t…</source>
        <translation>h_t の主成分を計算中…</translation>
    </message>
</context>
<context>
    <name>OutputsComparison</name>
    <message>
        <source>Equal: with one direction and every sequence %1 steps long, the last layer&apos;s final hidden state is exactly its output at the last step.</source>
        <translation>一致: 方向が 1 つで、すべての系列の長さが %1 ステップなら、最後の層の最終隠れ状態は最終ステップでの出力とまったく同じです。</translation>
    </message>
    <message>
        <source>Bidirectional: h_n[-1] is the REVERSE direction&apos;s final state, reached after reading back to t = 0, so it equals the reverse half of output at t = 0, %1 (%2). The last step of output is [forward final state | reverse state after one step]; the forward final state is h_n[-2]. Use torch.cat([h_n[-2], h_n[-1]], -1) for both.</source>
        <translation>双方向: h_n[-1] は t = 0 まで逆向きに読み終えた「逆方向」の最終状態なので、t = 0 での output の逆方向の半分 %1 と等しくなります (%2)。output の最終ステップは [順方向の最終状態 | 1 ステップ後の逆方向の状態] で、順方向の最終状態は h_n[-2] です。両方を使うには torch.cat([h_n[-2], h_n[-1]], -1) とします。</translation>
    </message>
    <message>
        <source>checked: equal</source>
        <translation>確認済み: 一致</translation>
    </message>
    <message>
        <source>checked: not equal</source>
        <translation>確認済み: 不一致</translation>
    </message>
    <message>
        <source>Padding: output is zero past each sample&apos;s length, so %1 lands on padding for sample %2 (length &lt; %3), while h_n holds the state at each sample&apos;s true last step.</source>
        <translation>パディング: output は各サンプルの長さを超えると 0 なので、%1 はサンプル %2 (長さ &lt; %3) ではパディングを指します。一方、h_n は各サンプルの実際の最終ステップでの状態を保持します。</translation>
    </message>
    <message>
        <source>Padding: output is zero past each sample&apos;s length, so %1 lands on padding for samples %2 (lengths &lt; %3), while h_n holds the state at each sample&apos;s true last step.</source>
        <translation>パディング: output は各サンプルの長さを超えると 0 なので、%1 はサンプル %2 (長さ &lt; %3) ではパディングを指します。一方、h_n は各サンプルの実際の最終ステップでの状態を保持します。</translation>
    </message>
    <message>
        <source>Several layers: h_n holds every layer&apos;s final state (%1 rows), output only the last layer&apos;s h_t; h_n[-1] is the last layer&apos;s, and h_n[0] (layer 0) appears nowhere in output.</source>
        <translation>複数の層: h_n は全層の最終状態 (%1 行) を保持しますが、output は最後の層の h_t だけです。h_n[-1] は最後の層のもので、h_n[0] (層 0) は output のどこにも現れません。</translation>
    </message>
    <message>
        <source>Projection: both have P = %1 units (h_t = W_hr (o_t ⊙ tanh(c_t))).</source>
        <translation>射影: どちらも P = %1 ユニットです (h_t = W_hr (o_t ⊙ tanh(c_t)))。</translation>
    </message>
    <message>
        <source>batch_first misuse: output is (N, L, ·), so output[-1] selects the last SAMPLE — its whole sequence (L, D·H_out): row n is step n of sample N−1, not the last step of sample n. Write output[:, -1].</source>
        <translation>batch_first での誤用: output は (N, L, ·) なので、output[-1] は最後の「サンプル」の系列全体 (L, D·H_out) を選びます。行 n はサンプル n の最終ステップではなく、サンプル N−1 のステップ n です。output[:, -1] と書きます。</translation>
    </message>
    <message>
        <source>Seq-first: output is (L, N, ·), so output[-1] is the last step (correct here) and output[:, -1] is the misuse — the last SAMPLE&apos;s whole sequence (L, D·H_out): row n is step n of sample N−1.</source>
        <translation>seq-first: output は (L, N, ·) なので、output[-1] が最終ステップ (ここではこれが正しい) で、output[:, -1] が誤用です — 最後の「サンプル」の系列全体 (L, D·H_out) になり、行 n はサンプル N−1 のステップ n です。</translation>
    </message>
    <message>
        <source>Seq-first: reshape(N, -1) cuts the (L, N, ·) memory into N rows, so each row mixes steps of several samples — permute(1, 0, 2) first.</source>
        <translation>seq-first: reshape(N, -1) は (L, N, ·) のメモリを N 行に切り分けるため、各行に複数のサンプルのステップが混在します — 先に permute(1, 0, 2) を行ってください。</translation>
    </message>
    <message>
        <source>With padding it also keeps the zero padding steps.</source>
        <translation>パディングがある場合は、0 のパディングステップも保持されます。</translation>
    </message>
    <message>
        <source>c_n is the cell state c_t, not the hidden state: h_t = o_t ⊙ tanh(c_t) projected to P = %1 units, while c_n keeps H = %2. It is never an output of the LSTM at any step.</source>
        <translation>c_n は隠れ状態ではなくセル状態 c_t です: h_t = o_t ⊙ tanh(c_t) は P = %1 ユニットに射影されますが、c_n は H = %2 のままです。c_n はどのステップでも LSTM の出力にはなりません。</translation>
    </message>
    <message>
        <source>c_n is the cell state c_t, not the hidden state: h_t = o_t ⊙ tanh(c_t). It is never an output of the LSTM at any step.</source>
        <translation>c_n は隠れ状態ではなくセル状態 c_t です: h_t = o_t ⊙ tanh(c_t)。c_n はどのステップでも LSTM の出力にはなりません。</translation>
    </message>
    <message>
        <source>The reference: every sample&apos;s hidden state at the last step t = L−1, both directions concatenated.</source>
        <translation>基準: 最終ステップ t = L−1 での各サンプルの隠れ状態 (両方向を連結)。</translation>
    </message>
    <message>
        <source>Warning — no error from torch, wrong numbers: unbatched output is (L, D·H_out) = (%1, %2) with no N axis, so output[:, -1] indexes the UNIT axis. It returns the last hidden unit (unit %3) of every step, shape (L,) = (%1,); row j here is step j. The last step is output[-1] (shape (%2,)); output[:, -1:] would keep the unit axis, (%1, 1), and is just as wrong.</source>
        <translation>警告 — torch はエラーを出しませんが、数値は誤りです: バッチなしの output は N 軸のない (L, D·H_out) = (%1, %2) なので、output[:, -1] は「ユニット」の軸を添字指定します。返るのは各ステップの最後の隠れユニット (ユニット %3) で、形状は (L,) = (%1,)。ここでの行 j はステップ j です。最終ステップは output[-1] (形状 (%2,)) です。output[:, -1:] はユニット軸を残して (%1, 1) となり、同様に誤りです。</translation>
    </message>
    <message>
        <source>The same numbers as output[:, -1], but the slice -1: keeps the time axis: shape (N, 1, D·H_out) = (%1, 1, %2), not (N, D·H_out). A Linear on it returns (N, 1, out), and a loss against (N, out) targets then broadcasts to (N, N, out) in MSELoss (torch warns: &quot;Using a target size … that is different to the input size&quot;) — squeeze(1) or index with -1.</source>
        <translation>output[:, -1] と同じ数値ですが、スライス -1: は時間軸を残します: 形状は (N, D·H_out) ではなく (N, 1, D·H_out) = (%1, 1, %2)。これに Linear を適用すると (N, 1, out) になり、(N, out) の目標値との損失は MSELoss で (N, N, out) にブロードキャストされます (torch の警告: &quot;Using a target size … that is different to the input size&quot;) — squeeze(1) するか、-1 で添字指定してください。</translation>
    </message>
    <message>
        <source>The same numbers as the last step, but the slice -1: keeps the time axis (length 1) in front — squeeze(0) or index with -1.</source>
        <translation>最終ステップと同じ数値ですが、スライス -1: は時間軸 (長さ 1) を先頭に残します — squeeze(0) するか、-1 で添字指定してください。</translation>
    </message>
    <message>
        <source>Flatten is not the last step: it keeps every step, L·D·H_out = %1 × %2 = %3 features per sample instead of D·H_out = %2. Shown (and compared) are only its last D·H_out = %2 values.</source>
        <translation>Flatten は最終ステップではありません: 全ステップを保持するため、サンプルごとの特徴量は D·H_out = %2 ではなく L·D·H_out = %1 × %2 = %3 です。表示 (と比較) するのは最後の D·H_out = %2 個の値だけです。</translation>
    </message>
    <message>
        <source>That last block equals %1 (with one direction and no padding it is also h_n[-1]); the other (L−1)·D·H_out = %2 values are the earlier steps, so a Linear on it has %3 inputs and needs a fixed L.</source>
        <translation>その最後のブロックは %1 と等しくなります (方向が 1 つでパディングがなければ h_n[-1] とも等しい)。残りの (L−1)·D·H_out = %2 個の値はそれより前のステップなので、これに適用する Linear の入力は %3 個となり、L を固定する必要があります。</translation>
    </message>
</context>
<context>
    <name>OutputsTableModel</name>
    <message>
        <source>pad  </source>
        <translation>パッド  </translation>
    </message>
    <message>
        <source>edited: %1
original: %2</source>
        <translation>編集後: %1
元: %2</translation>
    </message>
    <message>
        <source>unit %1 · step %1</source>
        <translation>ユニット %1 · ステップ %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>ユニット %1</translation>
    </message>
</context>
<context>
    <name>OutputsView</name>
    <message>
        <source>Which sample n of the batch the table shows.</source>
        <translation>表に表示するバッチ内のサンプル n。</translation>
    </message>
    <message>
        <source>Sample n:</source>
        <translation>サンプル n:</translation>
    </message>
    <message>
        <source>reference: the last step</source>
        <translation>基準: 最終ステップ</translation>
    </message>
    <message>
        <source>= equal (exactly)</source>
        <translation>= 一致 (完全)</translation>
    </message>
    <message>
        <source>≠ different</source>
        <translation>≠ 不一致</translation>
    </message>
    <message>
        <source>no such element</source>
        <translation>該当要素なし</translation>
    </message>
    <message>
        <source>Row j: unit j of each expression for the chosen sample; green cells equal the last step exactly, red ones do not.</source>
        <translation>行 j: 選んだサンプルについての各式のユニット j。緑のセルは最終ステップと完全に一致し、赤のセルは一致しません。</translation>
    </message>
    <message>
        <source>(unbatched: one sequence)</source>
        <translation>(バッチなし: 系列 1 本)</translation>
    </message>
    <message>
        <source>of %1 (0 … %2)</source>
        <translation>/ %1 (0 … %2)</translation>
    </message>
    <message>
        <source>The reference: every sample&apos;s last step of output.</source>
        <translation>基準: 各サンプルの output の最終ステップ。</translation>
    </message>
    <message>
        <source>The final hidden state of the last layer&apos;s last direction.</source>
        <translation>最後の層の最後の方向の最終隠れ状態。</translation>
    </message>
    <message>
        <source>The swapped index: the last sample&apos;s whole sequence; row n is step n of sample N−1.</source>
        <translation>添字の取り違え: 最後のサンプルの系列全体。行 n はサンプル N−1 のステップ n です。</translation>
    </message>
    <message>
        <source>The final cell state c_n of the last layer&apos;s last direction.</source>
        <translation>最後の層の最後の方向の最終セル状態 c_n。</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>比較対象なし</translation>
    </message>
    <message>
        <source>%1 of %2 elements equal</source>
        <translation>%2 要素中 %1 個が一致</translation>
    </message>
    <message>
        <source>same as the last step</source>
        <translation>最終ステップと同じ</translation>
    </message>
    <message>
        <source>not the last step</source>
        <translation>最終ステップではない</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why they agree or differ&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;一致する理由・異なる理由&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>pad: zero padding, not compared</source>
        <translation>パッド: ゼロパディング、比較対象外</translation>
    </message>
    <message>
        <source>
last D·H_out shown</source>
        <translation>
最後の D·H_out を表示</translation>
    </message>
    <message>
        <source>Unbatched output[:, -1]: the last unit of every step, shape (L,); row j is step j.</source>
        <translation>バッチなしの output[:, -1]: 各ステップの最後のユニット、形状 (L,)。行 j はステップ j です。</translation>
    </message>
    <message>
        <source>The last step with its time axis kept (length 1).</source>
        <translation>時間軸 (長さ 1) を残した最終ステップ。</translation>
    </message>
    <message>
        <source>The Flatten row of each sample (every step); only its last D·H_out values are shown.</source>
        <translation>各サンプルの Flatten 行 (全ステップ)。最後の D·H_out 個の値だけを表示します。</translation>
    </message>
    <message>
        <source>only its last D·H_out block compared: %1</source>
        <translation>最後の D·H_out ブロックのみ比較: %1</translation>
    </message>
    <message>
        <source>NOT the last step: keeps every step; only its last block equals it</source>
        <translation>最終ステップ「ではない」: 全ステップを保持し、最後のブロックだけが最終ステップと一致</translation>
    </message>
    <message>
        <source>same values, but a different shape (the time axis is kept)</source>
        <translation>値は同じだが形状が異なる (時間軸が残る)</translation>
    </message>
    <message>
        <source>Over all %1 samples (= same tensor, ◐ equal values but not the same tensor, ≠ different):&lt;br&gt;</source>
        <translation>全 %1 サンプルについて (= 同じテンソル、◐ 値は等しいが別のテンソル、≠ 異なる):&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if:&lt;/b&gt; %1 edit(s) applied; grey values are the original run&apos;s.&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;What-if:&lt;/b&gt; 編集 %1 件を適用。灰色の値は元の実行の値です。&lt;br&gt;%2&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>PackingView</name>
    <message>
        <source>The lengths of your configuration.</source>
        <translation>現在の設定の長さです。</translation>
    </message>
    <message>
        <source>A demo: your configuration has no lengths (tick “variable lengths” in the panel), so the same nn.LSTM runs here on lengths L, L−3, L−6, …</source>
        <translation>デモ: 現在の設定には長さがない (パネルの「可変長」にチェックを入れてください) ため、同じ nn.LSTM をここでは長さ L, L−3, L−6, … で実行しています。</translation>
    </message>
    <message>
        <source>, the reverse direction starts at that step and its h_n is the state at t = 0</source>
        <translation>逆方向はそのステップから始まり、その h_n は t = 0 での状態です。</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>output at t = length−1</source>
        <translation>t = 長さ−1 の output</translation>
    </message>
    <message>
        <source>naive %1</source>
        <translation>単純な %1</translation>
    </message>
    <message>
        <source>naive = h_n?</source>
        <translation>単純な値 = h_n?</translation>
    </message>
    <message>
        <source>h_n[-1] (reverse)</source>
        <translation>h_n[-1] (逆方向)</translation>
    </message>
    <message>
        <source>output at t = 0, reverse half</source>
        <translation>t = 0 の output (逆方向の半分)</translation>
    </message>
    <message>
        <source>yes (full length)</source>
        <translation>はい (全長)</translation>
    </message>
    <message>
        <source>no: padding</source>
        <translation>いいえ: パディング</translation>
    </message>
    <message>
        <source>First units of each state; &quot;yes&quot; (green): equal to h_n with packing, &quot;no&quot; (red): not.</source>
        <translation>各状態の最初のユニット。「はい」(緑): パッキングありの h_n と一致、「いいえ」(赤): 不一致。</translation>
    </message>
    <message>
        <source>&lt;b&gt;pack_padded_sequence(x, lengths, enforce_sorted=False)&lt;/b&gt;: each sample is run for its own length only. %1 The forward direction&apos;s h_n is the state at the sample&apos;s true last step%2; &lt;code&gt;output&lt;/code&gt; is zero past each length, so the naive &lt;code&gt;%3&lt;/code&gt; returns padding for every shorter sample. Without packing (the zero-padded batch fed straight to nn.LSTM) a shorter sample&apos;s h_n is the state after further steps on zeros — see the last columns.</source>
        <translation>&lt;b&gt;pack_padded_sequence(x, lengths, enforce_sorted=False)&lt;/b&gt;: 各サンプルは自身の長さの分だけ実行されます。%1 順方向の h_n は、サンプルの実際の最終ステップでの状態です。%2&lt;code&gt;output&lt;/code&gt; は各長さを超えると 0 なので、単純な &lt;code&gt;%3&lt;/code&gt; は短いサンプルすべてでパディングを返します。パッキングなし (ゼロパディングしたバッチをそのまま nn.LSTM に入力) では、短いサンプルの h_n はゼロの上でさらにステップを進めた後の状態になります — 右端の列を参照してください。</translation>
    </message>
    <message>
        <source>h_n packed
(forward, last layer)</source>
        <translation>パッキングありの h_n
(順方向、最後の層)</translation>
    </message>
    <message>
        <source>h_n WITHOUT packing
(zeros run through)</source>
        <translation>パッキング「なし」の h_n
(ゼロも実行)</translation>
    </message>
    <message>
        <source>unpacked = packed?</source>
        <translation>パッキングなし = あり?</translation>
    </message>
    <message>
        <source>no: %1 steps on zeros</source>
        <translation>いいえ: ゼロを %1 ステップ実行</translation>
    </message>
    <message>
        <source>Computing the packed and unpacked runs…</source>
        <translation>パックした実行とパックしない実行を計算中…</translation>
    </message>
    <message>
        <source>The packing demo could not be computed: %1</source>
        <translation>パッキングのデモを計算できませんでした: %1</translation>
    </message>
    <message>
        <source> The what-if edits are not applied to this demo (its batch differs).</source>
        <translation> what-if の編集はこのデモには適用されません (バッチが異なるため)。</translation>
    </message>
</context>
<context>
    <name>ParameterEditForm</name>
    <message>
        <source>Unit:</source>
        <translation>ユニット:</translation>
    </message>
    <message>
        <source>Set this weight</source>
        <translation>この重みを設定</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>パラメータ:</translation>
    </message>
    <message>
        <source>Gate:</source>
        <translation>ゲート:</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>列:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>新しい値:</translation>
    </message>
    <message>
        <source>Row (h_t unit):</source>
        <translation>行 (h_t のユニット):</translation>
    </message>
    <message>
        <source>%1 is %2 in the original model.</source>
        <translation>元のモデルでは %1 = %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>torch default U(−1/√H, 1/√H)</source>
        <translation>torch デフォルト U(−1/√H, 1/√H)</translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation>Xavier 一様</translation>
    </message>
    <message>
        <source>Xavier normal</source>
        <translation>Xavier 正規</translation>
    </message>
    <message>
        <source>Kaiming uniform</source>
        <translation>Kaiming 一様</translation>
    </message>
    <message>
        <source>Kaiming normal</source>
        <translation>Kaiming 正規</translation>
    </message>
    <message>
        <source>orthogonal</source>
        <translation>直交</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot export to &apos;%1&apos;: choose a .png, .svg or .pdf file name.</source>
        <translation>「%1」にエクスポートできません: .png、.svg、.pdf のいずれかのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>「%1」に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos;.</source>
        <translation>「%1」を置き換えられません。</translation>
    </message>
    <message>
        <source>Export as %1…</source>
        <translation>%1 としてエクスポート…</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>グラフをエクスポート</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>last step: output[:, -1]</source>
        <translation>最終ステップ: output[:, -1]</translation>
    </message>
    <message>
        <source>final state: h_n[-1]</source>
        <translation>最終状態: h_n[-1]</translation>
    </message>
    <message>
        <source>Flatten: output.reshape(N, -1)</source>
        <translation>Flatten: output.reshape(N, -1)</translation>
    </message>
    <message>
        <source>mean over steps: output.mean(1)</source>
        <translation>ステップ平均: output.mean(1)</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>全ステップ</translation>
    </message>
    <message>
        <source>sequence → one prediction</source>
        <translation>系列 → 1 つの予測</translation>
    </message>
    <message>
        <source>one vector → sequence</source>
        <translation>1 つのベクトル → 系列</translation>
    </message>
    <message>
        <source>sequence → one output per step</source>
        <translation>系列 → ステップごとに 1 出力</translation>
    </message>
    <message>
        <source>window → k future steps</source>
        <translation>ウィンドウ → 先の k ステップ</translation>
    </message>
    <message>
        <source>window → its reconstruction</source>
        <translation>ウィンドウ → その再構成</translation>
    </message>
    <message>
        <source>Coloured: steps the LSTM computes; grey: padding it skips. ● marks the step h_n comes from; the red frame is what output[:, -1] reads.</source>
        <translation>色付き: LSTM が計算するステップ。灰色: スキップされるパディング。● は h_n の元になるステップ、赤枠は output[:, -1] が読む位置です。</translation>
    </message>
    <message>
        <source>n=%1  len %2  fwd</source>
        <translation>n=%1  長さ %2  順方向</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>逆方向</translation>
    </message>
    <message>
        <source>forward step computed</source>
        <translation>順方向で計算</translation>
    </message>
    <message>
        <source>reverse step computed</source>
        <translation>逆方向で計算</translation>
    </message>
    <message>
        <source>padding: skipped</source>
        <translation>パディング: スキップ</translation>
    </message>
    <message>
        <source>h_n comes from here</source>
        <translation>h_n の取得元</translation>
    </message>
    <message>
        <source>what %1 reads</source>
        <translation>%1 が読む位置</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>x[%1, %2]: sample %1, step %2</source>
        <translation>x[%1, %2]: サンプル %1、ステップ %2</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>ステップ t</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>レッスン(&amp;L)…</translation>
    </message>
    <message>
        <source>Questions learners ask, each answered on screen with the engine&apos;s numbers (F1).</source>
        <translation>学習者がよくする質問に、エンジンの数値を使って画面上で答えます (F1)。</translation>
    </message>
    <message>
        <source>The Shapes, Stepper and Outputs views run this model&apos;s &lt;b&gt;decoder&lt;/b&gt; nn.LSTM(%1, %2) (state_dict decoder.*), on their example batch.</source>
        <translation>形状・ステップ実行・出力の比較のタブは、このモデルの&lt;b&gt;デコーダ&lt;/b&gt; nn.LSTM(%1, %2) (state_dict decoder.*) を例のバッチで実行します。</translation>
    </message>
    <message>
        <source>The Shapes, Stepper and Outputs views run this model&apos;s &lt;b&gt;encoder&lt;/b&gt; nn.LSTM(%1, %2) (state_dict encoder.*); the decoder and the head train with it and are drawn here only.</source>
        <translation>形状・ステップ実行・出力の比較のタブは、このモデルの&lt;b&gt;エンコーダ&lt;/b&gt; nn.LSTM(%1, %2) (state_dict encoder.*) を実行します。デコーダとヘッドも一緒に学習し、ここにだけ図示されます。</translation>
    </message>
    <message>
        <source>The Shapes, Stepper and Outputs views run this model&apos;s nn.LSTM (state_dict lstm.*).</source>
        <translation>形状・ステップ実行・出力の比較のタブは、このモデルの nn.LSTM (state_dict lstm.*) を実行します。</translation>
    </message>
    <message>
        <source>many-to-one, K-wide head</source>
        <translation>many-to-one、出力 K 個のヘッド</translation>
    </message>
    <message>
        <source>RepeatVector + decoder (one-to-many)</source>
        <translation>RepeatVector + デコーダ (one-to-many)</translation>
    </message>
    <message>
        <source>seq2seq, teacher forcing</source>
        <translation>seq2seq、教師強制</translation>
    </message>
    <message>
        <source>seq2seq, free-running</source>
        <translation>seq2seq、free-running</translation>
    </message>
    <message>
        <source>one-step model, rolled K times</source>
        <translation>1 ステップモデルを K 回繰り返し適用</translation>
    </message>
    <message>
        <source>The LSTM reads the window; one Linear on its last step outputs all K·O future values at once (Dense(K) in Keras).</source>
        <translation>LSTM がウィンドウを読み、最後のステップの Linear 1 つが未来の値 K·O 個を一度に出力します (Keras の Dense(K))。</translation>
    </message>
    <message>
        <source>The window flattened to one vector is repeated K times (RepeatVector) and a decoder LSTM with a per-step Linear turns it into the K steps.</source>
        <translation>1 本のベクトルに平坦化したウィンドウを K 回繰り返し (RepeatVector)、ステップごとの Linear を持つデコーダ LSTM が K ステップに変換します。</translation>
    </message>
    <message>
        <source>Encoder → decoder; in training the decoder reads the true previous value (teacher forcing 1), at validation its own previous prediction.</source>
        <translation>エンコーダ → デコーダ。学習時にデコーダは直前の実際の値を読み (教師強制 1)、検証時は自分の直前の予測を読みます。</translation>
    </message>
    <message>
        <source>Encoder → decoder that always reads its own previous prediction, in training as at validation (teacher forcing 0).</source>
        <translation>エンコーダ → デコーダ。デコーダは学習時も検証時と同じく常に自分の直前の予測を読みます (教師強制 0)。</translation>
    </message>
    <message>
        <source>A many-to-one model trained to predict one step; its prediction is appended to the window and fed back K times.</source>
        <translation>1 ステップを予測するように学習した many-to-one モデル。予測をウィンドウの末尾に追加して入力し直すことを K 回繰り返します。</translation>
    </message>
</context>
<context>
    <name>ReshapePitfallWidget</name>
    <message>
        <source>x: rows are samples, columns are steps; colour = sample.</source>
        <translation>x: 行がサンプル、列がステップ。色 = サンプル。</translation>
    </message>
    <message>
        <source>x.view(L, N): the same memory cut into rows of N — each row mixes steps of one sample instead of one step of every sample.</source>
        <translation>x.view(L, N): 同じメモリを N 個ずつの行に切ったもの — 各行には、全サンプルの 1 ステップではなく、1 つのサンプルの複数のステップが入ります。</translation>
    </message>
    <message>
        <source>x.permute(1, 0): the axes are swapped — row t holds step t of every sample.</source>
        <translation>x.permute(1, 0): 軸が入れ替わります — 行 t は全サンプルのステップ t を持ちます。</translation>
    </message>
    <message>
        <source>.view() and .reshape() never move a number: they read the memory in order (x[0,0], x[0,1], x[0,2], …) and cut it into rows of the new width, so row 0 of x.view(L, N) holds three steps of sample 0, not step 0 of three samples. .permute() and .transpose() swap the axes: result[t, n] = x[n, t]. From (N, L, H_in) to (L, N, H_in): x.permute(1, 0, 2).</source>
        <translation>.view() と .reshape() は数値を移動しません: メモリを順番に (x[0,0], x[0,1], x[0,2], …) 読み、新しい幅の行に切り分けるだけです。そのため x.view(L, N) の行 0 は、3 つのサンプルのステップ 0 ではなく、サンプル 0 の 3 つのステップになります。.permute() と .transpose() は軸を入れ替えます: result[t, n] = x[n, t]。(N, L, H_in) から (L, N, H_in) へは x.permute(1, 0, 2)。</translation>
    </message>
    <message>
        <source>samples × steps</source>
        <translation>サンプル × ステップ</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;wrong:&lt;/span&gt; colours mix in a row</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;誤り:&lt;/span&gt; 1 行に色が混在</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7a1b&apos;&gt;right:&lt;/span&gt; row t = step t</source>
        <translation>&lt;span style=&apos;color:#1b7a1b&apos;&gt;正しい:&lt;/span&gt; 行 t = ステップ t</translation>
    </message>
    <message>
        <source>&lt;b&gt;The .view() / .reshape() vs .permute() pitfall&lt;/b&gt; — x = the example input&apos;s first %1 samples × %2 steps, feature 0:</source>
        <translation>&lt;b&gt;.view() / .reshape() と .permute() の落とし穴&lt;/b&gt; — x = 入力例の最初の %1 サンプル × %2 ステップ、特徴量 0:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The .view() / .reshape() vs .permute() pitfall&lt;/b&gt; — x = a (3, 4) batch of the built-in sine (the current example is too small):</source>
        <translation>&lt;b&gt;.view() / .reshape() と .permute() の落とし穴&lt;/b&gt; — x = 組み込みの正弦波による (3, 4) のバッチ (現在の入力例は小さすぎるため):</translation>
    </message>
</context>
<context>
    <name>ShapesView</name>
    <message>
        <source>tensor</source>
        <translation>テンソル</translation>
    </message>
    <message>
        <source>seq-first
(L, N, ·)</source>
        <translation>seq-first
(L, N, ·)</translation>
    </message>
    <message>
        <source>batch_first
(N, L, ·)</source>
        <translation>batch_first
(N, L, ·)</translation>
    </message>
    <message>
        <source>unbatched
(L, ·)</source>
        <translation>バッチなし
(L, ·)</translation>
    </message>
    <message>
        <source>axes (current layout)</source>
        <translation>軸 (現在のレイアウト)</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>batch_first=False: x is (L, N, H_in).</source>
        <translation>batch_first=False: x は (L, N, H_in)。</translation>
    </message>
    <message>
        <source>batch_first=True: x is (N, L, H_in); h_n and c_n do not change.</source>
        <translation>batch_first=True: x は (N, L, H_in)。h_n と c_n は変わりません。</translation>
    </message>
    <message>
        <source>One sequence (L, H_in): every N axis disappears.</source>
        <translation>系列 1 本 (L, H_in): N 軸はすべてなくなります。</translation>
    </message>
    <message>
        <source>N batch, L steps, D directions, H_in input features, H cell size, H_out output size (proj_size or H), P proj_size.</source>
        <translation>N バッチ、L ステップ、D 方向数、H_in 入力特徴量、H セルサイズ、H_out 出力サイズ (proj_size または H)、P proj_size。</translation>
    </message>
    <message>
        <source>Copy the PyTorch code to the clipboard.</source>
        <translation>PyTorch のコードをクリップボードにコピーします。</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Copy the Keras code to the clipboard.</source>
        <translation>Keras のコードをクリップボードにコピーします。</translation>
    </message>
    <message>
        <source>Keras equivalent</source>
        <translation>Keras 版</translation>
    </message>
    <message>
        <source>Runnable code with exactly these shapes; the comments give each shape.</source>
        <translation>この形状どおりに実行できるコード。各形状はコメントに記載しています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;N&lt;/b&gt; batch · &lt;b&gt;L&lt;/b&gt; steps (seq_len) · &lt;b&gt;D&lt;/b&gt; directions (2 if bidirectional) · &lt;b&gt;H_in&lt;/b&gt; input features · &lt;b&gt;H&lt;/b&gt; hidden = cell size · &lt;b&gt;H_out&lt;/b&gt; = proj_size if &gt; 0, else H · &lt;b&gt;P&lt;/b&gt; proj_size</source>
        <translation>&lt;b&gt;N&lt;/b&gt; バッチ · &lt;b&gt;L&lt;/b&gt; ステップ (seq_len) · &lt;b&gt;D&lt;/b&gt; 方向数 (双方向なら 2) · &lt;b&gt;H_in&lt;/b&gt; 入力特徴量 · &lt;b&gt;H&lt;/b&gt; 隠れ = セルサイズ · &lt;b&gt;H_out&lt;/b&gt; = proj_size (&gt; 0 の場合)、それ以外は H · &lt;b&gt;P&lt;/b&gt; proj_size</translation>
    </message>
    <message>
        <source>unbatched</source>
        <translation>バッチなし</translation>
    </message>
    <message>
        <source>batch_first=True</source>
        <translation>batch_first=True</translation>
    </message>
    <message>
        <source>seq-first (batch_first=False)</source>
        <translation>seq-first (batch_first=False)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current layout: %1&lt;/b&gt; — N = %2, L = %3, D = %4, H_in = %5, H = %6, H_out = %7, num_layers = %8. The highlighted column is what your call gives; h_0, c_0, h_n and c_n never depend on batch_first.</source>
        <translation>&lt;b&gt;現在のレイアウト: %1&lt;/b&gt; — N = %2, L = %3, D = %4, H_in = %5, H = %6, H_out = %7, num_layers = %8。強調表示の列が、この呼び出しで得られる形状です。h_0、c_0、h_n、c_n は batch_first に依存しません。</translation>
    </message>
    <message>
        <source>The input is the built-in example batch</source>
        <translation>入力は組み込みの入力例です</translation>
    </message>
    <message>
        <source>The input is read from %1</source>
        <translation>入力は %1 から読み込んでいます</translation>
    </message>
    <message>
        <source>; h_0 = c_0 = 0 (torch&apos;s default).</source>
        <translation>。h_0 = c_0 = 0 (torch のデフォルト)。</translation>
    </message>
    <message>
        <source>; h_0 and c_0 come from %1.</source>
        <translation>。h_0 と c_0 は %1 から取得しています。</translation>
    </message>
</context>
<context>
    <name>StateEditForm</name>
    <message>
        <source>input x</source>
        <translation>入力 x</translation>
    </message>
    <message>
        <source>reverse direction</source>
        <translation>逆方向</translation>
    </message>
    <message>
        <source>Feature:</source>
        <translation>特徴量:</translation>
    </message>
    <message>
        <source>Set this value</source>
        <translation>この値を設定</translation>
    </message>
    <message>
        <source>Tensor:</source>
        <translation>テンソル:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>サンプル:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>ステップ:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>層:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>新しい値:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>ユニット:</translation>
    </message>
    <message>
        <source>%1 is %2 in the original run.</source>
        <translation>元の実行では %1 = %2</translation>
    </message>
</context>
<context>
    <name>StepperCellDiagram</name>
    <message>
        <source>No forward pass to show.</source>
        <translation>表示する順伝播がありません。</translation>
    </message>
    <message>
        <source>padding: step %1 is not computed (length %2)</source>
        <translation>パディング: ステップ %1 は計算されません (長さ %2)</translation>
    </message>
    <message>
        <source>One LSTM step for the chosen unit: the cell state runs along the top, the four gates read [h_{t−1}, x_t] from below, and h_t leaves to the right (and up: into output[t] from the top layer, into the next layer&apos;s x[t] from a lower one).</source>
        <translation>選んだユニットの LSTM の 1 ステップ: セル状態は上部を流れ、4 つのゲートは下から [h_{t−1}, x_t] を読み、h_t は右へ出ます (さらに上へ: 最上層からは output[t] へ、下の層からは次の層の x[t] へ)。</translation>
    </message>
    <message>
        <source>to layer %1: its x[t%2]</source>
        <translation>層 %1 へ: その x[t%2]</translation>
    </message>
    <message>
        <source>x[t] = h[t] of layer %1</source>
        <translation>x[t] = 層 %1 の h[t]</translation>
    </message>
    <message>
        <source>x[t] = [h_fwd | h_rev][t] of layer %1</source>
        <translation>x[t] = 層 %1 の [h_fwd | h_rev][t]</translation>
    </message>
    <message>
        <source>clamp</source>
        <translation>固定</translation>
    </message>
</context>
<context>
    <name>StepperCellLoopPanel</name>
    <message>
        <source>step t</source>
        <translation>ステップ t</translation>
    </message>
    <message>
        <source>max |h_cell − h_t|</source>
        <translation>max |h_cell − h_t|</translation>
    </message>
    <message>
        <source>every float equal?</source>
        <translation>全 float が一致?</translation>
    </message>
    <message>
        <source>No LSTMCell loop: nn.LSTMCell has no proj_size.</source>
        <translation>LSTMCell ループなし: nn.LSTMCell には proj_size がありません。</translation>
    </message>
    <message>
        <source>LSTMCell loop vs nn.LSTM (layer %1): %2 of %3 steps equal in every float; max |h_cell − h_t| = %4 over %5 values — %6</source>
        <translation>LSTMCell ループと nn.LSTM (層 %1): %3 ステップ中 %2 ステップですべての float が一致。max |h_cell − h_t| = %4 (値 %5 個) — %6</translation>
    </message>
    <message>
        <source>the same numbers.</source>
        <translation>同じ数値です。</translation>
    </message>
    <message>
        <source>the same computation; the kernels add the products in another order (float rounding).</source>
        <translation>同じ計算です。カーネルが積を別の順序で足しています (浮動小数点の丸め)。</translation>
    </message>
    <message>
        <source>= yes</source>
        <translation>= はい</translation>
    </message>
    <message>
        <source>≈ no, rounding</source>
        <translation>≈ いいえ (丸め)</translation>
    </message>
    <message>
        <source>NOT the same computation: the what-if edits clamp a gate of this layer or set h_0 / c_0, which this plain LSTMCell loop does not do; the differences are the edit, not rounding.</source>
        <translation>同じ計算ではありません: what-if の編集がこの層のゲートを固定するか h_0 / c_0 を設定していますが、この素の LSTMCell ループはそれを行いません。差は丸め誤差ではなく編集によるものです。</translation>
    </message>
    <message>
        <source>≠ no, the what-if edit</source>
        <translation>≠ いいえ、what-if の編集による</translation>
    </message>
</context>
<context>
    <name>StepperEquations</name>
    <message>
        <source>The LSTM equations for the chosen unit at the current step, with the numbers of this forward pass substituted. Click a weight or bias term to edit it in the What-if panel.</source>
        <translation>現在のステップで選んだユニットの LSTM の式に、この順伝播の値を代入したものです。重みやバイアスの項をクリックすると What-if パネルで編集できます。</translation>
    </message>
</context>
<context>
    <name>StepperHeatmaps</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>time step t  (units ↓, time →)</source>
        <translation>タイムステップ t  (ユニット ↓, 時間 →)</translation>
    </message>
    <message>
        <source>hatched: padding, not computed</source>
        <translation>斜線: パディング (計算なし)</translation>
    </message>
    <message>
        <source>t = %1, unit %2: padding, not computed</source>
        <translation>t = %1, ユニット %2: パディング (計算なし)</translation>
    </message>
    <message>
        <source>t = %1, unit %2: %3 = %4</source>
        <translation>t = %1, ユニット %2: %3 = %4</translation>
    </message>
    <message>
        <source>clamped by a what-if edit</source>
        <translation>what-if の編集で固定</translation>
    </message>
    <message>
        <source>Δ%1 · %2</source>
        <translation>Δ%1 · %2</translation>
    </message>
    <message>
        <source>Δ = edited − original (each row on its own scale, symmetric around 0) · dashed: clamped cells</source>
        <translation>Δ = 編集後 − 元 (行ごとに 0 を中心に対称な独自の色範囲) · 破線: 固定されたセル</translation>
    </message>
    <message>
        <source>the ORIGINAL run, without the edits · dashed: cells the edits clamp</source>
        <translation>元の実行 (編集なし) · 破線: 編集が固定するセル</translation>
    </message>
    <message>
        <source>the EDITED run · dashed: clamped cells</source>
        <translation>編集後の実行 · 破線: 固定されたセル</translation>
    </message>
</context>
<context>
    <name>StepperStackDiagram</name>
    <message>
        <source>The stack at step t: layer k reads layer k−1&apos;s h[t]; only the top layer&apos;s h[t] is output[t]. Each box ends in one row of h_n, in torch&apos;s order layer·D + direction.</source>
        <translation>ステップ t での層の積み重ね: 層 k は層 k−1 の h[t] を読みます。output[t] になるのは最上層の h[t] だけです。各ボックスは最終的に h_n の 1 行になります (torch の順序 layer·D + direction)。</translation>
    </message>
    <message>
        <source>[h_fwd | h_rev][t] (%1 values)</source>
        <translation>[h_fwd | h_rev][t] (値 %1 個)</translation>
    </message>
    <message>
        <source>h[t] (%1 values)</source>
        <translation>h[t] (値 %1 個)</translation>
    </message>
    <message>
        <source>%1 = output[t]</source>
        <translation>%1 = output[t]</translation>
    </message>
    <message>
        <source>%1 = layer %2&apos;s x[t]</source>
        <translation>%1 = 層 %2 の x[t]</translation>
    </message>
    <message>
        <source>x[t]  (H_in = %1)  ·  t = %2</source>
        <translation>x[t]  (H_in = %1)  ·  t = %2</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>パディング</translation>
    </message>
    <message>
        <source>layer %1 · fwd</source>
        <translation>層 %1 · 順方向</translation>
    </message>
    <message>
        <source>layer %1 · rev</source>
        <translation>層 %1 · 逆方向</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>層 %1</translation>
    </message>
    <message>
        <source> (fwd)</source>
        <translation> (順方向)</translation>
    </message>
    <message>
        <source> (rev)</source>
        <translation> (逆方向)</translation>
    </message>
</context>
<context>
    <name>StepperStackPanel</name>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>layer · direction</source>
        <translation>層 · 方向</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>取得時点</translation>
    </message>
    <message>
        <source>in output?</source>
        <translation>output に含まれる?</translation>
    </message>
    <message>
        <source>= trace h_t</source>
        <translation>= トレースの h_t</translation>
    </message>
    <message>
        <source>values (sample n)</source>
        <translation>値 (サンプル n)</translation>
    </message>
    <message>
        <source>Every row of h_n under its own name, in torch&apos;s order: row r is layer r / D, direction r mod D (forward first).</source>
        <translation>h_n の各行をそれぞれの名前で表示 (torch の順序): 行 r は層 r / D、方向 r mod D (順方向が先)。</translation>
    </message>
    <message>
        <source>l%1 fwd</source>
        <translation>層%1 順</translation>
    </message>
    <message>
        <source>l%1 rev</source>
        <translation>層%1 逆</translation>
    </message>
    <message>
        <source>l%1</source>
        <translation>層%1</translation>
    </message>
    <message>
        <source>h_n has D·num_layers = %1 rows: [%2]. Only the top layer&apos;s rows are also in output; h_n[-1] is the last row%3.</source>
        <translation>h_n は D·num_layers = %1 行: [%2]。output にも含まれるのは最上層の行だけです。h_n[-1] は最後の行です%3。</translation>
    </message>
    <message>
        <source> — the top layer&apos;s REVERSE direction; the top layer&apos;s forward state is h_n[-2]</source>
        <translation> — 最上層の「逆方向」。最上層の順方向の状態は h_n[-2] です</translation>
    </message>
    <message>
        <source>layer %1 · forward</source>
        <translation>層 %1 · 順方向</translation>
    </message>
    <message>
        <source>layer %1 · reverse</source>
        <translation>層 %1 · 逆方向</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>層 %1</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>no: feeds layer %1</source>
        <translation>いいえ: 層 %1 へ入力</translation>
    </message>
    <message>
        <source>= equal</source>
        <translation>= 一致</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ 不一致</translation>
    </message>
    <message>
        <source>What-if (original → edited):</source>
        <translation>What-if (元 → 編集後):</translation>
    </message>
</context>
<context>
    <name>StepperView</name>
    <message>
        <source>Previous time step (←)</source>
        <translation>前のタイムステップ (←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>再生 / 一時停止 (Space)</translation>
    </message>
    <message>
        <source>Next time step (→)</source>
        <translation>次のタイムステップ (→)</translation>
    </message>
    <message>
        <source>The time step t shown in the diagram and the equations.</source>
        <translation>図と式に表示するタイムステップ t。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Which stacked layer to show (layer k &gt; 0 reads layer k−1&apos;s output).</source>
        <translation>表示する層 (層 k &gt; 0 は層 k−1 の出力を読みます)。</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>順方向</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>逆方向</translation>
    </message>
    <message>
        <source>Bidirectional: the reverse direction reads the sequence from its last step back to 0.</source>
        <translation>双方向: 逆方向は系列を最終ステップから 0 へ逆向きに読みます。</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Which element n of the batch to show.</source>
        <translation>表示するバッチの要素 n。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>The hidden unit u whose equations and diagram values are shown.</source>
        <translation>式と図に値を表示する隠れユニット u。</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>層 %1</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>  (length %1)</source>
        <translation>  (長さ %1)</translation>
    </message>
    <message>
        <source>n = %1  (length %2)</source>
        <translation>n = %1  (長さ %2)</translation>
    </message>
    <message>
        <source>nn.LSTM(input_size=%1, hidden_size=%2, num_layers=%3%4%5)</source>
        <translation>nn.LSTM(input_size=%1, hidden_size=%2, num_layers=%3%4%5)</translation>
    </message>
    <message>
        <source>, bidirectional=True</source>
        <translation>, bidirectional=True</translation>
    </message>
    <message>
        <source>, proj_size=%1</source>
        <translation>, proj_size=%1</translation>
    </message>
    <message>
        <source>fixed colour scales: gates 0…1, g and h −1…1, c −2…2 (c is not squashed: beyond ±2 the colour saturates)</source>
        <translation>固定カラースケール: ゲート 0…1、g と h −1…1、c −2…2 (c は圧縮されないため、±2 を超えると色が飽和します)</translation>
    </message>
    <message>
        <source>reverse direction: runs t = L−1 … 0, its previous state is step t+1&apos;s</source>
        <translation>逆方向: t = L−1 … 0 の順に実行。前の状態はステップ t+1 のものです</translation>
    </message>
    <message>
        <source>hatched: padding, not computed</source>
        <translation>斜線: パディング (計算なし)</translation>
    </message>
    <message>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>ユニット %1</translation>
    </message>
    <message>
        <source>Equations</source>
        <translation>式</translation>
    </message>
    <message>
        <source>Layer stack · rows of h_n</source>
        <translation>層の積み重ね · h_n の行</translation>
    </message>
    <message>
        <source>LSTMCell loop · chunk(4)</source>
        <translation>LSTMCell ループ · chunk(4)</translation>
    </message>
    <message>
        <source>Heat maps show:</source>
        <translation>ヒートマップの表示:</translation>
    </message>
    <message>
        <source>edited run</source>
        <translation>編集後の実行</translation>
    </message>
    <message>
        <source>original run</source>
        <translation>元の実行</translation>
    </message>
    <message>
        <source>difference (edited − original)</source>
        <translation>差 (編集後 − 元)</translation>
    </message>
    <message>
        <source>What-if: draw the edited run, the original run or their difference. Available while the What-if panel has edits.</source>
        <translation>What-if: 編集後の実行、元の実行、またはその差を描きます。What-if パネルに編集があるときに使えます。</translation>
    </message>
    <message numerus="yes">
        <source>what-if: %n edit(s) applied; the equations read original → edited</source>
        <translation>
            <numerusform>what-if: 編集 %n 件を適用。式は 元 → 編集後 と読みます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>a training run is already active</source>
        <translation>学習の実行がすでに進行中です</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>train (batch)</source>
        <translation>学習 (バッチ)</translation>
    </message>
    <message>
        <source>train (epoch)</source>
        <translation>学習 (エポック)</translation>
    </message>
    <message>
        <source>validation (epoch)</source>
        <translation>検証 (エポック)</translation>
    </message>
    <message>
        <source>compare: train</source>
        <translation>比較: 学習</translation>
    </message>
    <message>
        <source>compare: validation</source>
        <translation>比較: 検証</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>lr per batch</source>
        <translation>バッチごとの lr</translation>
    </message>
    <message>
        <source>lr reduced</source>
        <translation>lr 減衰</translation>
    </message>
    <message>
        <source>Gradient norm ‖∇‖₂</source>
        <translation>勾配ノルム ‖∇‖₂</translation>
    </message>
    <message>
        <source>total 2-norm</source>
        <translation>全体の 2-ノルム</translation>
    </message>
    <message>
        <source>before clipping</source>
        <translation>クリッピング前</translation>
    </message>
    <message>
        <source>after clipping</source>
        <translation>クリッピング後</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Validation: prediction vs target</source>
        <translation>検証: 予測と目標値</translation>
    </message>
    <message>
        <source>validation sample</source>
        <translation>検証サンプル</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>%1: train</source>
        <translation>%1: 学習</translation>
    </message>
    <message>
        <source>%1: validation</source>
        <translation>%1: 検証</translation>
    </message>
    <message>
        <source>best epoch %1</source>
        <translation>最良エポック %1</translation>
    </message>
    <message>
        <source>lr reduced after epoch %1</source>
        <translation>エポック %1 の後に lr 減衰</translation>
    </message>
    <message>
        <source>early stop</source>
        <translation>早期終了</translation>
    </message>
    <message>
        <source>max_norm = %1</source>
        <translation>max_norm = %1</translation>
    </message>
    <message>
        <source>Confusion matrix (validation)</source>
        <translation>混同行列 (検証)</translation>
    </message>
    <message>
        <source>drawn after the first epoch</source>
        <translation>最初のエポックの後に描画されます</translation>
    </message>
    <message>
        <source>Validation series, epoch %1: one-step-ahead prediction vs target (original units)</source>
        <translation>検証系列、エポック %1: 1 ステップ先の予測と目標値 (元の単位)</translation>
    </message>
    <message>
        <source>validation sample (time →)</source>
        <translation>検証サンプル (時間 →)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Reconstruction error per test window (the anomalous part), epoch %1 — flagged above the threshold</source>
        <translation>テストウィンドウごとの再構成誤差 (異常を含む部分)、エポック %1 — しきい値を超えると異常と判定</translation>
    </message>
    <message>
        <source>test window (time →)</source>
        <translation>テストウィンドウ (時間 →)</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>平均二乗誤差</translation>
    </message>
    <message>
        <source>reconstruction error</source>
        <translation>再構成誤差</translation>
    </message>
    <message>
        <source>flagged anomaly (%1)</source>
        <translation>異常と判定 (%1)</translation>
    </message>
    <message>
        <source>threshold (train mean + 3σ) = %1</source>
        <translation>しきい値 (学習データの平均 + 3σ) = %1</translation>
    </message>
    <message>
        <source>Confusion matrix (validation), epoch %1</source>
        <translation>混同行列 (検証)、エポック %1</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>予測クラス</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>正解クラス</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ 開始</translation>
    </message>
    <message>
        <source>Train a fresh model with the settings below</source>
        <translation>以下の設定で新しいモデルを学習します</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 一時停止</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ 再開</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>One epoch</source>
        <translation>1 エポック</translation>
    </message>
    <message>
        <source>Train one epoch, then pause</source>
        <translation>1 エポック学習してから一時停止します</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>ハイパーパラメータ</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Log scale (loss, gradient norm)</source>
        <translation>対数スケール (損失、勾配ノルム)</translation>
    </message>
    <message>
        <source>Compare run…</source>
        <translation>実行と比較…</translation>
    </message>
    <message>
        <source>Overlay the curves of a saved run directory (its metrics.csv)</source>
        <translation>保存済みの実行ディレクトリの曲線 (metrics.csv) を重ねて表示します</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>データ: %1</translation>
    </message>
    <message>
        <source>preparing data…</source>
        <translation>データを準備中…</translation>
    </message>
    <message>
        <source>epoch %1/%2 · batch %3/%4 · %5 left</source>
        <translation>エポック %1/%2 · バッチ %3/%4 · 残り %5</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>一時停止中。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>done · %1 epochs · %2</source>
        <translation>完了 · %1 エポック · %2</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失敗:</translation>
    </message>
    <message>
        <source>
last epoch: train %1, val %2, lr %3</source>
        <translation>
最終エポック: 学習 %1、検証 %2、lr %3</translation>
    </message>
    <message>
        <source>Open a saved run directory (with metrics.csv)</source>
        <translation>保存済みの実行ディレクトリ (metrics.csv を含む) を開く</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>実行の比較</translation>
    </message>
    <message>
        <source>Finished %1 epochs.</source>
        <translation>%1 エポックで完了しました。</translation>
    </message>
    <message>
        <source>Stopped by request at epoch %1, batch %2.</source>
        <translation>要求によりエポック %1、バッチ %2 で停止しました。</translation>
    </message>
    <message>
        <source>Stopped early at epoch %1: the validation loss stopped improving; best epoch %2.</source>
        <translation>エポック %1 で早期終了しました: 検証損失が改善しなくなりました。最良エポック %2。</translation>
    </message>
    <message>
        <source>Stopped early at epoch %1: the validation loss stopped improving.</source>
        <translation>エポック %1 で早期終了しました: 検証損失が改善しなくなりました。</translation>
    </message>
    <message>
        <source>Data for the next run: %1. The paused run (the curves below) trains on %2: Resume continues it on that data; Stop, then Start, trains on the new data.</source>
        <translation>次の実行のデータ: %1。一時停止中の実行 (下の曲線) は %2 で学習しています: 「再開」はそのデータで続行し、「停止」してから「開始」すると新しいデータで学習します。</translation>
    </message>
    <message>
        <source>Data for the next run: %1. The curves below are the previous run&apos;s, on %2.</source>
        <translation>次の実行のデータ: %1。下の曲線は前回の実行 (%2) のものです。</translation>
    </message>
    <message>
        <source>paused · epoch %1/%2 · batch %3/%4</source>
        <translation>一時停止中 · エポック %1/%2 · バッチ %3/%4</translation>
    </message>
    <message>
        <source>%1 · model: %2, LSTM(hidden %3, layers %4)</source>
        <translation>%1 · モデル: %2、LSTM(隠れ %3、層 %4)</translation>
    </message>
</context>
<context>
    <name>WhatIfEditText</name>
    <message>
        <source>projection of %1: weight from cell unit %2 to h_t[%3] set to %4</source>
        <translation>%1 の射影: セルユニット %2 から h_t[%3] への重みを %4 に設定</translation>
    </message>
    <message>
        <source>gate %1 of %2 unit %3: %4 set to %5</source>
        <translation>%2 ユニット %3 のゲート %1: %4 を %5 に設定</translation>
    </message>
    <message>
        <source>gate %1 of %2 unit %3: the weight on %4 set to %5</source>
        <translation>%2 ユニット %3 のゲート %1: %4 に掛かる重みを %5 に設定</translation>
    </message>
    <message>
        <source>input of sample %1 at step %2, feature %3 set to %4</source>
        <translation>サンプル %1・ステップ %2・特徴量 %3 の入力を %4 に設定</translation>
    </message>
    <message>
        <source>%1 of %2, sample %3, unit %4 set to %5</source>
        <translation>%2・サンプル %3・ユニット %4 の %1 を %5 に設定</translation>
    </message>
    <message>
        <source> (sample %1 only)</source>
        <translation> (サンプル %1 のみ)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>層 %1</translation>
    </message>
    <message>
        <source>layer %1, reverse</source>
        <translation>層 %1・逆方向</translation>
    </message>
    <message>
        <source>%1 of %2 unit %3 forced to %4 at steps %5–%6</source>
        <translation>%2 ユニット %3 の %1 をステップ %5–%6 で %4 に固定</translation>
    </message>
    <message>
        <source>unit %1 of %2 knocked out: o = 0 at every step, so it passes nothing on to h_t</source>
        <translation>%2 ユニット %1 を無効化: 全ステップで o = 0 なので h_t に何も渡さない</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Undo last</source>
        <translation>最後を取り消す</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>選択を削除</translation>
    </message>
    <message>
        <source>Undo all</source>
        <translation>すべて取り消す</translation>
    </message>
    <message>
        <source>Add an edit</source>
        <translation>編集を追加</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Input, h_0, c_0</source>
        <translation>入力, h_0, c_0</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>ゲート</translation>
    </message>
    <message>
        <source>Drag the input</source>
        <translation>入力をドラッグ</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>サンプル:</translation>
    </message>
    <message>
        <source>Feature:</source>
        <translation>特徴量:</translation>
    </message>
    <message>
        <source>The same change in PyTorch</source>
        <translation>PyTorch で同じ変更</translation>
    </message>
    <message>
        <source>Copy as PyTorch</source>
        <translation>PyTorch コードとしてコピー</translation>
    </message>
    <message>
        <source>What-if: no edits — the views show the model as it is.</source>
        <translation>What-if: 編集なし — ビューはモデルをそのまま表示します。</translation>
    </message>
    <message>
        <source>What-if: 1 edit — every view shows the edited run; the original is the grey ghost.</source>
        <translation>What-if: 編集 1 件 — すべてのビューが編集後の実行を表示し、元の実行は灰色のゴーストです。</translation>
    </message>
    <message>
        <source>What-if: %1 edits — every view shows the edited run; the original is the grey ghost.</source>
        <translation>What-if: 編集 %1 件 — すべてのビューが編集後の実行を表示し、元の実行は灰色のゴーストです。</translation>
    </message>
</context>
<context>
    <name>lstmviz::ui</name>
    <message>
        <source>Many-to-one</source>
        <translation>多対一</translation>
    </message>
    <message>
        <source>One-to-many</source>
        <translation>一対多</translation>
    </message>
    <message>
        <source>Many-to-many</source>
        <translation>多対多</translation>
    </message>
    <message>
        <source>Encoder–decoder (seq2seq)</source>
        <translation>エンコーダ–デコーダ (seq2seq)</translation>
    </message>
    <message>
        <source>LSTM autoencoder</source>
        <translation>LSTM オートエンコーダ</translation>
    </message>
    <message>
        <source>last layer, reverse direction</source>
        <translation>最後の層、逆方向</translation>
    </message>
    <message>
        <source>last layer&apos;s final h</source>
        <translation>最後の層の最終 h</translation>
    </message>
    <message>
        <source>h_n holds every layer&apos;s and direction&apos;s final state; [-1] is the last layer&apos;s last direction.</source>
        <translation>h_n は全層・全方向の最終状態を保持します。[-1] は最後の層の最後の方向です。</translation>
    </message>
    <message>
        <source>Flatten: every step, fixed L</source>
        <translation>Flatten: 全ステップ、L は固定</translation>
    </message>
    <message>
        <source>average over the steps</source>
        <translation>ステップの平均</translation>
    </message>
    <message>
        <source>the last step</source>
        <translation>最終ステップ</translation>
    </message>
    <message>
        <source>Bidirectional: the reverse half of the last step has read only the last input; h_n[-1] holds the reverse state after the whole sequence.</source>
        <translation>双方向: 最終ステップの逆方向の半分は最後の入力しか読んでいません。h_n[-1] は系列全体を読んだ後の逆方向の状態を保持します。</translation>
    </message>
    <message>
        <source>A whole sequence in, one prediction out (classification, next-value forecast). The head reads one vector per sample: the last step of output, the final state h_n[-1], all steps flattened, or their mean.</source>
        <translation>系列全体を入力し、1 つの予測を出力します (分類、次の値の予測)。ヘッドはサンプルごとに 1 つのベクトルを読みます: output の最終ステップ、最終状態 h_n[-1]、全ステップを平坦化したもの、またはその平均。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>the head</source>
        <translation>ヘッド</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>final states</source>
        <translation>最終状態</translation>
    </message>
    <message>
        <source>one vector per sample</source>
        <translation>サンプルごとに 1 ベクトル</translation>
    </message>
    <message>
        <source>same weights at every step</source>
        <translation>全ステップで同じ重み</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>A sequence in, one prediction per step out. Keras wraps the Dense layer in TimeDistributed; in PyTorch nn.Linear already acts on the last axis only, so applying it to the 3-D output is the same computation.</source>
        <translation>系列を入力し、ステップごとに 1 つの予測を出力します。Keras では Dense 層を TimeDistributed で包みますが、PyTorch の nn.Linear はもともと最後の軸にしか作用しないため、3 次元の出力にそのまま適用しても同じ計算になります。</translation>
    </message>
    <message>
        <source>for t in range(L): Linear(%1)</source>
        <translation>for t in range(L): Linear(%1)</translation>
    </message>
    <message>
        <source>on the 3-D output (last axis)</source>
        <translation>3 次元の出力に適用 (最後の軸)</translation>
    </message>
    <message>
        <source>= 0 exactly</source>
        <translation>= ちょうど 0</translation>
    </message>
    <message>
        <source>Multi-step forecasting: the encoder reads the window, its final (h_n, c_n) start the decoder, which is run one step at a time for k = %1 future steps, each step reading the previous prediction.</source>
        <translation>多段階予測: エンコーダがウィンドウを読み、その最終 (h_n, c_n) でデコーダを開始します。デコーダは先の k = %1 ステップを 1 ステップずつ実行し、各ステップで直前の予測を読みます。</translation>
    </message>
    <message>
        <source>input window</source>
        <translation>入力ウィンドウ</translation>
    </message>
    <message>
        <source>encoder nn.LSTM</source>
        <translation>エンコーダ nn.LSTM</translation>
    </message>
    <message>
        <source>encoder&apos;s final state</source>
        <translation>エンコーダの最終状態</translation>
    </message>
    <message>
        <source>decoder nn.LSTM</source>
        <translation>デコーダ nn.LSTM</translation>
    </message>
    <message>
        <source>%1 · one step × k = %2</source>
        <translation>%1 · 1 ステップ × k = %2</translation>
    </message>
    <message>
        <source>torch.cat of the k predictions</source>
        <translation>k 個の予測の torch.cat</translation>
    </message>
    <message>
        <source>last known value(s)</source>
        <translation>最後の既知の値</translation>
    </message>
    <message>
        <source>initial (h_0, c_0)</source>
        <translation>初期状態 (h_0, c_0)</translation>
    </message>
    <message>
        <source>p_j %1: the next step&apos;s input</source>
        <translation>p_j %1: 次のステップの入力</translation>
    </message>
    <message>
        <source>Anomaly detection: the encoder compresses each window into its final hidden state z, the decoder unrolls z over L steps and a per-step Linear reconstructs the input; windows reconstructed badly are anomalies.</source>
        <translation>異常検知: エンコーダが各ウィンドウを最終隠れ状態 z に圧縮し、デコーダが z を L ステップに展開し、ステップごとの Linear が入力を再構成します。うまく再構成できないウィンドウが異常です。</translation>
    </message>
    <message>
        <source>last layer&apos;s final state</source>
        <translation>最後の層の最終状態</translation>
    </message>
    <message>
        <source>per step (TimeDistributed)</source>
        <translation>ステップごと (TimeDistributed)</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>error</source>
        <translation>誤差</translation>
    </message>
    <message>
        <source>(x_hat − x)², mean over features</source>
        <translation>(x_hat − x)² の特徴量平均</translation>
    </message>
    <message>
        <source>x (the target)</source>
        <translation>x (目標値)</translation>
    </message>
    <message>
        <source>the input at step %1, %2 feature(s)</source>
        <translation>ステップ %1 の入力、特徴量 %2 個</translation>
    </message>
    <message>
        <source>layer %1&apos;s output at step %2, %3 values</source>
        <translation>層 %1 のステップ %2 の出力、値 %3 個</translation>
    </message>
    <message>
        <source>the initial state, h₀ = c₀ = 0 (this is the direction&apos;s first step)</source>
        <translation>初期状態 h₀ = c₀ = 0 (この方向の最初のステップ)</translation>
    </message>
    <message>
        <source>reverse direction: the previous step is t+1 = %1</source>
        <translation>逆方向: 前のステップは t+1 = %1</translation>
    </message>
    <message>
        <source>the previous step t−1 = %1</source>
        <translation>前のステップ t−1 = %1</translation>
    </message>
    <message>
        <source>Step %1 is padding for sample %2 (length %3): the packed nn.LSTM does not compute it. Gates read 0 here, the state is carried unchanged and output[t] is 0.</source>
        <translation>ステップ %1 はサンプル %2 (長さ %3) ではパディングです: パックされた nn.LSTM はこのステップを計算しません。ここではゲートは 0、状態はそのまま引き継がれ、output[t] は 0 です。</translation>
    </message>
    <message>
        <source> + … (%1 terms)</source>
        <translation> + … (%1 項)</translation>
    </message>
    <message>
        <source>Check: each sum of the four terms equals the pre-activation the core recorded (max |difference| = %1).</source>
        <translation>検算: 4 項の和はいずれも、コアが記録した活性化前の値と一致します (max |差| = %1)。</translation>
    </message>
    <message>
        <source>Check FAILED: a recomputed sum differs from the recorded pre-activation by %1.</source>
        <translation>検算失敗: 再計算した和が、記録された活性化前の値と %1 だけ異なります。</translation>
    </message>
    <message>
        <source>input gate</source>
        <translation>入力ゲート</translation>
    </message>
    <message>
        <source>Input gate i_t = σ(…) ∈ (0, 1): how much of the candidate g_t is written into the cell.</source>
        <translation>入力ゲート i_t = σ(…) ∈ (0, 1): セル候補 g_t をどれだけセルに書き込むか。</translation>
    </message>
    <message>
        <source>forget gate</source>
        <translation>忘却ゲート</translation>
    </message>
    <message>
        <source>Forget gate f_t = σ(…) ∈ (0, 1): how much of the previous cell state c_{t−1} is kept.</source>
        <translation>忘却ゲート f_t = σ(…) ∈ (0, 1): 前のセル状態 c_{t−1} をどれだけ残すか。</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>セル候補</translation>
    </message>
    <message>
        <source>Candidate g_t = tanh(…) ∈ (−1, 1): the new content proposed for the cell.</source>
        <translation>セル候補 g_t = tanh(…) ∈ (−1, 1): セルに書き込む新しい内容の候補。</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>出力ゲート</translation>
    </message>
    <message>
        <source>Output gate o_t = σ(…) ∈ (0, 1): how much of tanh(c_t) is exposed as the hidden state h_t.</source>
        <translation>出力ゲート o_t = σ(…) ∈ (0, 1): tanh(c_t) のどれだけを隠れ状態 h_t として出力するか。</translation>
    </message>
    <message>
        <source>cell state</source>
        <translation>セル状態</translation>
    </message>
    <message>
        <source>Cell state c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t: the long-term memory; it is not squashed and can exceed ±1 (colours saturate beyond ±2).</source>
        <translation>セル状態 c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t: 長期記憶。圧縮されないため ±1 を超えることがあります (±2 を超えると色が飽和します)。</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>隠れ状態</translation>
    </message>
    <message>
        <source>Hidden state h_t = o_t ⊙ tanh(c_t): the output at step t and the recurrent input of the next step.</source>
        <translation>隠れ状態 h_t = o_t ⊙ tanh(c_t): ステップ t の出力であり、次のステップへの再帰入力です。</translation>
    </message>
    <message>
        <source>the initial state h₀, c₀ from %1 (this is the direction&apos;s first step)</source>
        <translation>%1 からの初期状態 h₀, c₀ (この方向の最初のステップ)</translation>
    </message>
    <message>
        <source>One vector in, a sequence out (generate K steps from a seed). The input is repeated K times (Keras&apos; RepeatVector) and every step of the LSTM&apos;s output goes through the same Linear.</source>
        <translation>1 本のベクトルを入力し、系列を出力します (シードから K ステップを生成)。入力を K 回繰り返し (Keras の RepeatVector)、LSTM の出力のすべてのステップが同じ Linear を通ります。</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>全ステップ</translation>
    </message>
    <message>
        <source>steps %1 to the end</source>
        <translation>ステップ %1 から最後まで</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>ステップ %1–%2</translation>
    </message>
    <message>
        <source>x_t was edited (what-if)</source>
        <translation>x_t は編集済み (what-if)</translation>
    </message>
    <message>
        <source>Edit this bias in the What-if panel: %1</source>
        <translation>このバイアスを What-if パネルで編集: %1</translation>
    </message>
    <message>
        <source>Edit this weight in the What-if panel: %1</source>
        <translation>この重みを What-if パネルで編集: %1</translation>
    </message>
    <message>
        <source>clamped by a what-if edit to %1 at %2: %3(a) is not used, the equation does not hold for this unit here</source>
        <translation>what-if の編集で %2 において %1 に固定: %3(a) は使われず、ここではこのユニットについて式は成り立ちません</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 は変化なし</translation>
    </message>
    <message>
        <source>%1 changed by up to %2</source>
        <translation>%1 は最大 %2 変化</translation>
    </message>
    <message>
        <source>Over all %1 sample(s): %2; %3.</source>
        <translation>全 %1 サンプルで: %2; %3.</translation>
    </message>
    <message>
        <source>output: unchanged (all %1 elements equal the original&apos;s).</source>
        <translation>output: 変化なし (%1 個の要素すべてが元と同じ)。</translation>
    </message>
    <message>
        <source>output: %1 of %2 elements changed, by up to %3; the first change is at step %4.</source>
        <translation>output: %2 個中 %1 個の要素が最大 %3 変化。最初の変化はステップ %4。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See exactly what torch.nn.LSTM does.</source>
        <translation>torch.nn.LSTM の動作を正確に見る。</translation>
    </message>
    <message>
        <source>Render the view into FILE.png offscreen and exit.</source>
        <translation>ビューをオフスクリーンで FILE.png に描画して終了します。</translation>
    </message>
    <message>
        <source>The view to show: shapes, stepper, outputs, architectures, packing, training, histograms, gradients.</source>
        <translation>表示するビュー: shapes, stepper, outputs, architectures, packing, training, histograms, gradients。</translation>
    </message>
    <message>
        <source>Start from this configuration (JSON) instead of the saved session.</source>
        <translation>保存されたセッションの代わりに、この設定 (JSON) から開始します。</translation>
    </message>
    <message>
        <source>Import an nn.LSTM state_dict (safetensors).</source>
        <translation>nn.LSTM の state_dict (safetensors) をインポートします。</translation>
    </message>
    <message>
        <source>Train this many epochs before the screenshot.</source>
        <translation>スクリーンショットの前に、指定したエポック数だけ学習します。</translation>
    </message>
    <message>
        <source>Interface language: en, ko (한국어) or ja (日本語). Default: the one chosen in View ▸ Language, else the system&apos;s.</source>
        <translation>インターフェースの言語: en、ko (한국어)、ja (日本語)。既定: 表示 ▸ 言語で選んだもの、なければシステムの言語。</translation>
    </message>
    <message>
        <source>Import a CSV series (as File ▸ Import CSV): the explorer&apos;s batch and the training data.</source>
        <translation>CSV の系列をインポートします (ファイル ▸ CSV をインポート と同じ): エクスプローラーのバッチと学習データになります。</translation>
    </message>
    <message>
        <source>Run the explorer on this batch: input (and lengths, h_0, c_0) from a safetensors, .npy or .npz file.</source>
        <translation>このバッチでエクスプローラーを実行します: input (と lengths、h_0、c_0) を safetensors、.npy、.npz ファイルから読み込みます。</translation>
    </message>
    <message>
        <source>A file written by lstmviz.save (app/python/lstmviz.py): its model&apos;s weights and its batch, as --weights FILE --input FILE.</source>
        <translation>lstmviz.save (app/python/lstmviz.py) で書き出したファイル: そのモデルの重みとバッチを、--weights FILE --input FILE と同様に読み込みます。</translation>
    </message>
    <message>
        <source>Follow a training run directory (lstmviz&apos;s, or written by lstmviz.Watch) as epochs arrive.</source>
        <translation>学習の実行ディレクトリ (lstmviz のもの、または lstmviz.Watch が書き出したもの) を、エポックの到着に合わせて追跡します。</translation>
    </message>
    <message>
        <source>Open this lesson (its example, view and highlight); --list-lessons lists them.</source>
        <translation>このレッスンを開きます (例、ビュー、強調表示)。--list-lessons でレッスンを一覧表示します。</translation>
    </message>
    <message>
        <source>Print every lesson as id&lt;TAB&gt;title and exit.</source>
        <translation>すべてのレッスンを id&lt;TAB&gt;title の形式で出力して終了します。</translation>
    </message>
    <message>
        <source>Window size (default 1400x900, at most 16384x16384).</source>
        <translation>ウィンドウサイズ (既定 1400x900、最大 16384x16384)。</translation>
    </message>
    <message>
        <source>Load an architecture&apos;s preset, as its &quot;Load preset&quot; button: many_to_one, one_to_many, many_to_many, seq2seq or autoencoder.</source>
        <translation>「プリセットを読み込む」ボタンと同じく、アーキテクチャのプリセットを読み込みます: many_to_one、one_to_many、many_to_many、seq2seq、autoencoder。</translation>
    </message>
    <message>
        <source>What-if: change one value before the run (repeatable): a parameter element NAME[i,j]=V (weight_hh_l0[5,3]=0.25), an input value x[i,j,k]=V indexed as the input tensor is laid out, or h0[...]=V / c0[...]=V.</source>
        <translation>What-if: 実行前に値を 1 つ変更します (繰り返し可): パラメータ要素 NAME[i,j]=V (weight_hh_l0[5,3]=0.25)、入力テンソルの並び順で指定する入力値 x[i,j,k]=V、または h0[...]=V / c0[...]=V。</translation>
    </message>
    <message>
        <source>What-if: force a gate of a unit (repeatable): G@lK[_reverse]:uU[:tA-B][:nS]=V, e.g. f@l0:u3:t2-7=1.0.</source>
        <translation>What-if: ユニットのゲートを固定します (繰り返し可): G@lK[_reverse]:uU[:tA-B][:nS]=V、例: f@l0:u3:t2-7=1.0。</translation>
    </message>
    <message>
        <source>What-if: knock a unit out, o = 0 at every step (repeatable): lK[_reverse]:uU[:nS], e.g. l0:u5.</source>
        <translation>What-if: ユニットを無効化します、全ステップで o = 0 (繰り返し可): lK[_reverse]:uU[:nS]、例: l0:u5。</translation>
    </message>
</context>
</TS>
