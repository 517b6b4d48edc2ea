<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ArchitectureOutputView</name>
    <message>
        <source>time step</source>
        <translation>타임스텝</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오차</translation>
    </message>
    <message>
        <source>What the model produces</source>
        <translation>모델이 만들어 내는 것</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오차</translation>
    </message>
    <message>
        <source>Train a seq2seq, one-to-many or autoencoder model to see its forecasts or reconstructions here.</source>
        <translation>seq2seq, one-to-many 또는 오토인코더 모델을 학습하면 여기에 예측이나 재구성이 표시됩니다.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>%1-step forecasts vs truth, epoch %2</source>
        <translation>%1 스텝 예측 vs 실제값, 에폭 %2</translation>
    </message>
    <message>
        <source>validation step (time →)</source>
        <translation>검증 스텝 (시간 →)</translation>
    </message>
    <message>
        <source>truth</source>
        <translation>실제값</translation>
    </message>
    <message>
        <source>K-step forecasts</source>
        <translation>K 스텝 예측</translation>
    </message>
    <message>
        <source>MSE per step ahead</source>
        <translation>앞선 스텝별 MSE</translation>
    </message>
    <message>
        <source>steps ahead k</source>
        <translation>앞선 스텝 k</translation>
    </message>
    <message>
        <source>MSE (standardised)</source>
        <translation>MSE (표준화)</translation>
    </message>
    <message>
        <source>MSE at step k</source>
        <translation>스텝 k의 MSE</translation>
    </message>
    <message>
        <source>the encoder reads the window, the decoder predicts the next K = %1 steps one after another, each from its previous prediction (free-running)</source>
        <translation>인코더가 윈도우를 읽고, 디코더가 다음 K = %1 스텝을 하나씩 차례로 예측합니다. 각 스텝은 직전 예측에서 나옵니다(free-running)</translation>
    </message>
    <message>
        <source>the window is read as one vector, repeated K = %1 times (RepeatVector), and the decoder produces the K steps</source>
        <translation>윈도우를 벡터 하나로 읽어 K = %1번 반복하고(RepeatVector) 디코더가 K 스텝을 만들어 냅니다</translation>
    </message>
    <message>
        <source>Validation windows: each orange line is one window&apos;s forecast, drawn from where the window ends: %1. The bars are the error at each step ahead over all %2 windows; their mean %3 is the validation loss.</source>
        <translation>검증 윈도우: 주황색 선 하나가 윈도우 하나의 예측이며, 윈도우가 끝나는 곳에서 시작합니다: %1. 막대는 %2개 윈도우 전체에 대한 앞선 스텝별 오차이고, 그 평균 %3이 검증 손실입니다.</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>특성 %1</translation>
    </message>
    <message>
        <source>Input vs reconstruction, epoch %1</source>
        <translation>입력 vs 재구성, 에폭 %1</translation>
    </message>
    <message>
        <source>test window (time →)</source>
        <translation>테스트 윈도우 (시간 →)</translation>
    </message>
    <message>
        <source>standardised value, features stacked</source>
        <translation>표준화 값, 특성별로 쌓음</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>재구성</translation>
    </message>
    <message>
        <source>Error per window and feature</source>
        <translation>윈도우·특성별 오차</translation>
    </message>
    <message>
        <source>mean squared error (log)</source>
        <translation>평균 제곱 오차 (로그)</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <source>true anomaly</source>
        <translation>실제 이상치</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>탐지됨</translation>
    </message>
    <message>
        <source>Test part (each window&apos;s last step; the autoencoder trained on clean windows only). A window is flagged when a feature&apos;s error exceeds that feature&apos;s threshold (mean + 3σ over the training windows): %1 of %2 test windows flagged, %3 of them hold a true anomaly (precision %4); %5 of the %6 windows with a true anomaly were found (recall %7).</source>
        <translation>테스트 구간 (각 윈도우의 마지막 스텝, 오토인코더는 정상 윈도우로만 학습). 어떤 특성의 오차가 그 특성의 임계값(학습 윈도우의 평균 + 3σ)을 넘으면 윈도우를 탐지합니다: 테스트 윈도우 %2개 중 %1개 탐지, 그중 %3개에 실제 이상치가 있음 (정밀도 %4). 실제 이상치가 있는 윈도우 %6개 중 %5개를 찾음 (재현율 %7).</translation>
    </message>
</context>
<context>
    <name>ArchitecturesView</name>
    <message>
        <source>Pick an architecture to see its diagram, shapes and code.</source>
        <translation>아키텍처를 선택하면 다이어그램, 형상(shape), 코드를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Head reads:</source>
        <translation>헤드 입력:</translation>
    </message>
    <message>
        <source>Which part of the LSTM&apos;s result the Linear head reads: the last step of output, the final hidden state, all steps, or their mean.</source>
        <translation>Linear 헤드가 LSTM 결과의 어느 부분을 읽는지 정합니다: output의 마지막 스텝, 최종 은닉 상태, 모든 스텝, 또는 그 평균.</translation>
    </message>
    <message>
        <source>The same model in PyTorch, with the shapes for this configuration.</source>
        <translation>같은 모델의 PyTorch 코드와 이 설정에서의 형상입니다.</translation>
    </message>
    <message>
        <source>TimeDistributed(Dense) vs nn.Linear, on this output</source>
        <translation>이 출력에서 TimeDistributed(Dense)와 nn.Linear 비교</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>프리셋 불러오기</translation>
    </message>
    <message>
        <source>Load this architecture&apos;s settings into the explorer and the training dashboard.</source>
        <translation>이 아키텍처의 설정을 탐색기와 학습 대시보드에 불러옵니다.</translation>
    </message>
    <message>
        <source>No forward pass yet.</source>
        <translation>아직 순전파를 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>One nn.Linear(%1, %2) with seeded weights, applied to this LSTM&apos;s output:&lt;br&gt;&amp;nbsp;A = a loop over the %3 steps (TimeDistributed) → %4&lt;br&gt;&amp;nbsp;B = one call on the 3-D tensor (N·L rows), each sum in A&apos;s order → %4&lt;br&gt;&amp;nbsp;C = the same call through Eigen&apos;s blocked matrix product (what the app runs)&lt;br&gt;A[0, 0, 0] = %5, B[0, 0, 0] = %6&lt;br&gt;&lt;b&gt;A vs B: max |A − B| = %7&lt;/b&gt; over %8 values%9&lt;br&gt;&lt;small&gt;A vs C: max |A − C| = %10 — C adds the same products in another order: float rounding, not a different computation.&lt;/small&gt;</source>
        <translation>시드로 고정한 가중치의 nn.Linear(%1, %2) 하나를 이 LSTM의 출력에 적용:&lt;br&gt;&amp;nbsp;A = %3 스텝에 대한 루프 (TimeDistributed) → %4&lt;br&gt;&amp;nbsp;B = 3차원 텐서(N·L행)에 대한 한 번의 호출, 각 합은 A와 같은 순서 → %4&lt;br&gt;&amp;nbsp;C = 같은 호출을 Eigen의 블록 행렬 곱으로 계산 (앱이 실제로 실행하는 방식)&lt;br&gt;A[0, 0, 0] = %5, B[0, 0, 0] = %6&lt;br&gt;&lt;b&gt;A vs B: max |A − B| = %7&lt;/b&gt; (값 %8개)%9&lt;br&gt;&lt;small&gt;A vs C: max |A − C| = %10 — C는 같은 곱을 다른 순서로 더합니다: 다른 계산이 아니라 부동소수점 반올림 차이입니다.&lt;/small&gt;</translation>
    </message>
    <message>
        <source> — A and B identical, bit for bit.</source>
        <translation> — A와 B는 비트 단위까지 동일합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backward&lt;/b&gt;, with a seeded dL/dy of shape %1:&lt;br&gt;&amp;nbsp;A: each step is its own call, so it gets its own gradient dW_t = Σ_n dL/dy[n, t] · z[n, t]ᵀ; the shared Dense&apos;s gradient is their sum over the %2 steps. dW[0, 0] per step: %3; Σ_t = %4&lt;br&gt;&amp;nbsp;B: one product over the N·L rows: dW[0, 0] = %5&lt;br&gt;&lt;b&gt;max |Σ_t dW_t − dW_B| = %6&lt;/b&gt; over %7 values (largest |dW| = %8): the same sum in another order. The error each step sends back to the LSTM, Wᵀ dL/dy[n, t], is the same in A and B: max |Δ| = %9.</source>
        <translation>&lt;b&gt;역전파&lt;/b&gt;, 시드로 고정한 형상 %1의 dL/dy 사용:&lt;br&gt;&amp;nbsp;A: 스텝마다 별도로 호출하므로 스텝마다 자기 기울기 dW_t = Σ_n dL/dy[n, t] · z[n, t]ᵀ를 받습니다. 공유된 Dense의 기울기는 %2 스텝에 걸친 이들의 합입니다. 스텝별 dW[0, 0]: %3; Σ_t = %4&lt;br&gt;&amp;nbsp;B: N·L행 전체에 대한 곱 하나: dW[0, 0] = %5&lt;br&gt;&lt;b&gt;max |Σ_t dW_t − dW_B| = %6&lt;/b&gt; (값 %7개, 최대 |dW| = %8): 같은 합을 다른 순서로 더한 것입니다. 각 스텝이 LSTM으로 되돌려 보내는 오차 Wᵀ dL/dy[n, t]는 A와 B에서 같습니다: max |Δ| = %9.</translation>
    </message>
    <message>
        <source>, K = %1</source>
        <translation>, K = %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preset:&lt;/b&gt; %1 on %2, input_size = %3, seq_len = %4%5; the LSTM&apos;s sizes stay as they are.</source>
        <translation>&lt;b&gt;프리셋:&lt;/b&gt; %2 데이터의 %1, input_size = %3, seq_len = %4%5. LSTM의 크기는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Computing the TimeDistributed comparison over %1 output values…</source>
        <translation>출력값 %1개에 대해 TimeDistributed 비교를 계산하는 중…</translation>
    </message>
    <message>
        <source>The TimeDistributed comparison could not be computed: %1</source>
        <translation>TimeDistributed 비교를 계산할 수 없습니다: %1</translation>
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
        <translation>input_size (H_in): x의 각 스텝에 있는 특성 수.</translation>
    </message>
    <message>
        <source>hidden_size (H): the number of units in the cell state c_t and, without projection, in h_t.</source>
        <translation>hidden_size (H): 셀 상태 c_t의 유닛 수. 투영이 없으면 h_t의 유닛 수이기도 합니다.</translation>
    </message>
    <message>
        <source>num_layers: how many LSTMs are stacked; layer k reads layer k−1&apos;s output.</source>
        <translation>num_layers: 쌓는 LSTM의 개수. 층 k는 층 k−1의 출력을 읽습니다.</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <source>bias: add the biases b_ih and b_hh inside every gate.</source>
        <translation>bias: 모든 게이트 안에서 편향 b_ih와 b_hh를 더합니다.</translation>
    </message>
    <message>
        <source>batch_first</source>
        <translation>batch_first</translation>
    </message>
    <message>
        <source>batch_first: input and output are (N, L, ·) instead of (L, N, ·); h_n and c_n never change.</source>
        <translation>batch_first: 입력과 출력이 (L, N, ·) 대신 (N, L, ·)가 됩니다. h_n과 c_n은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>dropout: probability of zeroing each output of every layer but the last, in training mode only.</source>
        <translation>dropout: 마지막 층을 제외한 각 층의 출력을 0으로 만들 확률. 학습 모드에서만 적용됩니다.</translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation>bidirectional</translation>
    </message>
    <message>
        <source>bidirectional: a second LSTM reads the sequence backwards; D = 2 and output concatenates both directions.</source>
        <translation>bidirectional: 두 번째 LSTM이 시퀀스를 거꾸로 읽습니다. D = 2이며 output은 두 방향을 이어 붙입니다.</translation>
    </message>
    <message>
        <source>proj_size (P): if &gt; 0, h_t = W_hr (o_t ⊙ tanh(c_t)) has P units instead of H; must be smaller than hidden_size.</source>
        <translation>proj_size (P): P &gt; 0이면 h_t = W_hr (o_t ⊙ tanh(c_t))의 유닛 수가 H 대신 P가 됩니다. hidden_size보다 작아야 합니다.</translation>
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
        <translation>예시 배치</translation>
    </message>
    <message>
        <source>Batch size N: how many sequences are fed at once.</source>
        <translation>배치 크기 N: 한 번에 입력하는 시퀀스 수.</translation>
    </message>
    <message>
        <source>unbatched (L, H_in)</source>
        <translation>배치 없음 (L, H_in)</translation>
    </message>
    <message>
        <source>Feed one sequence without the batch axis: every N axis disappears.</source>
        <translation>배치 축 없이 시퀀스 하나를 입력합니다. 모든 N 축이 사라집니다.</translation>
    </message>
    <message>
        <source>seq_len L: the number of timesteps in each sequence.</source>
        <translation>seq_len L: 각 시퀀스의 타임스텝 수.</translation>
    </message>
    <message>
        <source>variable lengths (packing)</source>
        <translation>가변 길이 (패킹)</translation>
    </message>
    <message>
        <source>Give the samples lengths L, L−3, L−6, … as with pack_padded_sequence; steps past a length are padding.</source>
        <translation>pack_padded_sequence처럼 샘플 길이를 L, L−3, L−6, …으로 지정합니다. 길이를 넘는 스텝은 패딩입니다.</translation>
    </message>
    <message>
        <source>The true length of each sample, in batch order.</source>
        <translation>각 샘플의 실제 길이 (배치 순서).</translation>
    </message>
    <message>
        <source>batch N</source>
        <translation>배치 N</translation>
    </message>
    <message>
        <source>seq_len L</source>
        <translation>seq_len L</translation>
    </message>
    <message>
        <source>Head, data and initialisation</source>
        <translation>헤드, 데이터, 초기화</translation>
    </message>
    <message>
        <source>output[:, -1]  (last step)</source>
        <translation>output[:, -1]  (마지막 스텝)</translation>
    </message>
    <message>
        <source>h_n[-1]  (final state)</source>
        <translation>h_n[-1]  (최종 상태)</translation>
    </message>
    <message>
        <source>Flatten  output.reshape(N, -1)</source>
        <translation>Flatten  output.reshape(N, -1)</translation>
    </message>
    <message>
        <source>mean over steps</source>
        <translation>스텝 평균</translation>
    </message>
    <message>
        <source>every step (many-to-many)</source>
        <translation>모든 스텝 (다대다)</translation>
    </message>
    <message>
        <source>Which part of the LSTM&apos;s result the Linear head reads.</source>
        <translation>Linear 헤드가 LSTM 결과의 어느 부분을 읽는지 정합니다.</translation>
    </message>
    <message>
        <source>How weight_ih (and weight_hr) are drawn at the start.</source>
        <translation>처음에 weight_ih(와 weight_hr)를 초기화하는 방식.</translation>
    </message>
    <message>
        <source>How weight_hh is drawn; orthogonal is applied per gate block.</source>
        <translation>weight_hh를 초기화하는 방식. 직교 초기화는 게이트 블록마다 적용됩니다.</translation>
    </message>
    <message>
        <source>torch default U(−1/√H, 1/√H)</source>
        <translation>torch 기본값 U(−1/√H, 1/√H)</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>모두 0</translation>
    </message>
    <message>
        <source>forget gate 1, others 0</source>
        <translation>망각 게이트 1, 나머지 0</translation>
    </message>
    <message>
        <source>How bias_ih and bias_hh start; &apos;forget gate 1&apos; sets b_ih_f = 1.</source>
        <translation>bias_ih와 bias_hh의 초깃값. &apos;망각 게이트 1&apos;은 b_ih_f = 1로 설정합니다.</translation>
    </message>
    <message>
        <source>Gain of the Xavier and orthogonal initialisations.</source>
        <translation>Xavier 초기화와 직교 초기화의 게인(gain).</translation>
    </message>
    <message>
        <source>Seed of the initialisation: the same seed gives the same weights.</source>
        <translation>초기화 시드: 시드가 같으면 가중치도 같습니다.</translation>
    </message>
    <message>
        <source>head</source>
        <translation>헤드</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>recurrent</source>
        <translation>순환 가중치</translation>
    </message>
    <message>
        <source>bias init</source>
        <translation>편향 초기화</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>게인</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Where the LSTM&apos;s parameters come from.</source>
        <translation>LSTM 파라미터의 출처.</translation>
    </message>
    <message>
        <source>every sample has all L steps</source>
        <translation>모든 샘플의 길이 = L</translation>
    </message>
    <message>
        <source>lengths = [%1]</source>
        <translation>lengths = [%1]</translation>
    </message>
    <message>
        <source>Not a valid nn.LSTM: %1</source>
        <translation>유효한 nn.LSTM이 아닙니다: %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>파라미터: %1</translation>
    </message>
    <message>
        <source>The model the training dashboard builds and trains (core/nn/*_model.h): an LSTM with a Linear head (many_to_one, many_to_many), RepeatVector + decoder (one_to_many), encoder–decoder (seq2seq) or the LSTM autoencoder.</source>
        <translation>학습 대시보드가 만들고 학습하는 모델(core/nn/*_model.h): Linear 헤드가 붙은 LSTM(many_to_one, many_to_many), RepeatVector + 디코더(one_to_many), 인코더–디코더(seq2seq) 또는 LSTM 오토인코더.</translation>
    </message>
    <message>
        <source>K: the future steps seq2seq and one_to_many predict.</source>
        <translation>K: seq2seq와 one_to_many가 예측하는 미래 스텝 수.</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <source>horizon K</source>
        <translation>예측 구간 K</translation>
    </message>
    <message>
        <source>The explorer runs the model&apos;s decoder (%1.*): nn.LSTM(input_size, …) reads the window flattened to one vector of L·F values, repeated K times; input_size must be L·F for the trained weights to fit.</source>
        <translation>탐색기는 모델의 디코더(%1.*)를 실행합니다: nn.LSTM(input_size, …)은 L·F개 값의 벡터 하나로 펼친 윈도우를 K번 반복해 읽습니다. 학습된 가중치가 맞으려면 input_size가 L·F여야 합니다.</translation>
    </message>
    <message>
        <source>The explorer runs the model&apos;s encoder (%1.*); the decoder and the head train with it (drawn under Architectures).</source>
        <translation>탐색기는 모델의 인코더(%1.*)를 실행합니다. 디코더와 헤드는 함께 학습됩니다(아키텍처 탭에 그려짐).</translation>
    </message>
    <message>
        <source>The explorer runs the model&apos;s nn.LSTM (%1.*).</source>
        <translation>탐색기는 모델의 nn.LSTM(%1.*)을 실행합니다.</translation>
    </message>
    <message>
        <source>The data the training dashboard fits. The explorer&apos;s example batch is the built-in sine (or your CSV); with copy or adding it is the task&apos;s first N sequences as training draws them, and input_size follows the task&apos;s features.</source>
        <translation>학습 대시보드가 맞추는 데이터입니다. 탐색기의 예시 배치는 내장 사인파(또는 여러분의 CSV)이며, copy나 adding이면 학습이 뽑는 것과 같은 과제의 처음 N개 시퀀스이고 input_size는 과제의 특성 수를 따릅니다.</translation>
    </message>
</context>
<context>
    <name>DataDescription</name>
    <message>
        <source>noisy sine</source>
        <translation>잡음 섞인 사인파</translation>
    </message>
    <message>
        <source>synthetic stock (high, low, volume, gdp, cpi → next high)</source>
        <translation>합성 주가 (high, low, volume, gdp, cpi → 다음 high)</translation>
    </message>
    <message>
        <source>airline passengers</source>
        <translation>항공 승객 수</translation>
    </message>
    <message>
        <source>three correlated sensors with labelled anomalies</source>
        <translation>이상치가 표시된 상관된 센서 3개</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (목표값 %2)</translation>
    </message>
    <message>
        <source>Fashion-MNIST row by row (28 steps × 28 pixels)</source>
        <translation>행 단위 Fashion-MNIST (28 스텝 × 28 픽셀)</translation>
    </message>
    <message>
        <source>adding problem</source>
        <translation>덧셈 문제 (adding problem)</translation>
    </message>
    <message>
        <source>copy task</source>
        <translation>복사 과제 (copy task)</translation>
    </message>
    <message>
        <source>windows of %1 steps, %2 train / %3 validation / %4 test, standardised with the training part</source>
        <translation>%1 스텝 윈도우, 학습 %2 / 검증 %3 / 테스트 %4, 학습 구간 기준으로 표준화</translation>
    </message>
    <message>
        <source>%1 train / %2 validation / %3 test</source>
        <translation>학습 %1 / 검증 %2 / 테스트 %3</translation>
    </message>
</context>
<context>
    <name>FollowRunDock</name>
    <message>
        <source>Followed run</source>
        <translation>추적 중인 실행</translation>
    </message>
    <message>
        <source>The epoch whose checkpoint every explorer view shows on the probe batch.</source>
        <translation>탐색기의 모든 뷰가 프로브 배치에서 보여 줄 체크포인트의 에폭.</translation>
    </message>
    <message>
        <source>Showing epoch %1 (checkpoint on the probe batch)</source>
        <translation>에폭 %1 표시 중 (프로브 배치에 적용한 체크포인트)</translation>
    </message>
    <message>
        <source>epoch %1: train loss %2</source>
        <translation>에폭 %1: 학습 손실 %2</translation>
    </message>
    <message>
        <source>, val loss %1</source>
        <translation>, 검증 손실 %1</translation>
    </message>
    <message>
        <source>%1
%2 epoch(s) logged, %3 checkpoint(s)%4</source>
        <translation>%1
기록된 에폭 %2개, 체크포인트 %3개%4</translation>
    </message>
    <message>
        <source>No probe.safetensors yet: epochs cannot be shown on a batch.</source>
        <translation>아직 probe.safetensors가 없습니다: 배치에서 에폭을 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>No checkpoint yet.</source>
        <translation>아직 체크포인트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ForecasterComparisonDialog</name>
    <message>
        <source>Compare forecasters</source>
        <translation>예측 방식 비교</translation>
    </message>
    <message>
        <source>Four ways to forecast the next K steps of a series (the fifth row is seq2seq trained the other way), trained on the same windows with the same LSTM settings and scored on the same validation windows. &lt;b&gt;Slicing a many-to-many output, output[:, -K:], is not among them:&lt;/b&gt; those are the model&apos;s outputs for the last K steps &lt;i&gt;inside&lt;/i&gt; the window, which it has already read — not the future.</source>
        <translation>시계열의 다음 K 스텝을 예측하는 네 가지 방식(다섯째 행은 다른 방식으로 학습한 seq2seq)을 같은 윈도우, 같은 LSTM 설정으로 학습하고 같은 검증 윈도우로 평가합니다. &lt;b&gt;many-to-many 출력을 자르는 output[:, -K:]는 여기에 없습니다:&lt;/b&gt; 그것은 모델이 이미 읽은 윈도우 &lt;i&gt;안&lt;/i&gt;의 마지막 K 스텝에 대한 출력이지 미래가 아닙니다.</translation>
    </message>
    <message>
        <source>K: how many future steps each model predicts.</source>
        <translation>K: 각 모델이 예측하는 미래 스텝 수.</translation>
    </message>
    <message>
        <source>L: the steps each window holds.</source>
        <translation>L: 윈도우 하나의 스텝 수.</translation>
    </message>
    <message>
        <source>H of every LSTM.</source>
        <translation>모든 LSTM의 H.</translation>
    </message>
    <message>
        <source>Epochs per model (five models are trained).</source>
        <translation>모델당 에폭 수(모델 다섯 개를 학습합니다).</translation>
    </message>
    <message>
        <source>Seed of the initialisation, the shuffling and the data.</source>
        <translation>초기화, 셔플, 데이터의 시드.</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>horizon K</source>
        <translation>예측 구간 K</translation>
    </message>
    <message>
        <source>window L</source>
        <translation>윈도우 L</translation>
    </message>
    <message>
        <source>hidden size H</source>
        <translation>은닉 크기 H</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Train and compare</source>
        <translation>학습하고 비교</translation>
    </message>
    <message>
        <source>Validation MSE per step ahead</source>
        <translation>앞선 스텝별 검증 MSE</translation>
    </message>
    <message>
        <source>steps ahead k</source>
        <translation>앞선 스텝 k</translation>
    </message>
    <message>
        <source>MSE (standardised)</source>
        <translation>MSE (표준화)</translation>
    </message>
    <message>
        <source>Headless: %1</source>
        <translation>화면 없이: %1</translation>
    </message>
    <message>
        <source>Each model trains for the epochs above; this runs in the background.</source>
        <translation>각 모델은 위의 에폭만큼 학습하며, 백그라운드에서 실행됩니다.</translation>
    </message>
    <message>
        <source>Training five models…</source>
        <translation>모델 다섯 개를 학습하는 중…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>완료.</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>비교에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>forecaster</source>
        <translation>예측 방식</translation>
    </message>
    <message>
        <source>mean MSE</source>
        <translation>평균 MSE</translation>
    </message>
    <message>
        <source>Validation MSE in standardised units on %1; each model trained %2 epochs. The numbers are those of the headless command on the left.</source>
        <translation>%1에서의 표준화 단위 검증 MSE. 각 모델은 %2 에폭 학습했습니다. 수치는 왼쪽의 화면 없는 명령과 같습니다.</translation>
    </message>
</context>
<context>
    <name>GateChunkDiagram</name>
    <message>
        <source>One matrix product gives all four gates: its 4H rows are cut into four blocks of H rows (chunk(4)) in the order i, f, g, o.</source>
        <translation>행렬 곱 하나로 네 게이트를 모두 구합니다: 결과의 4H행을 i, f, g, o 순서로 H행씩 네 블록으로 자릅니다 (chunk(4)).</translation>
    </message>
    <message>
        <source>a_t = W_ih x_t + b_ih + W_hh h_{t−1} + b_hh   →   i, f, g, o = a_t.chunk(4)</source>
        <translation>a_t = W_ih x_t + b_ih + W_hh h_{t−1} + b_hh   →   i, f, g, o = a_t.chunk(4)</translation>
    </message>
    <message>
        <source>padding: not computed</source>
        <translation>패딩: 계산 안 함</translation>
    </message>
    <message>
        <source>4H = %1 rows, H = %2 per gate</source>
        <translation>4H = %1행, 게이트당 H = %2</translation>
    </message>
    <message>
        <source>a[%1] = %2, clamped to %3 (what-if)</source>
        <translation>a[%1] = %2, %3(으)로 고정됨 (what-if)</translation>
    </message>
</context>
<context>
    <name>GateClampForm</name>
    <message>
        <source>reverse direction</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>every sample</source>
        <translation>모든 샘플</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>층:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>유닛:</translation>
    </message>
    <message>
        <source>Steps (from, to):</source>
        <translation>스텝 (시작, 끝):</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>샘플:</translation>
    </message>
    <message>
        <source>Gate:</source>
        <translation>게이트:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>값:</translation>
    </message>
    <message>
        <source>Clamp the gate</source>
        <translation>게이트 고정</translation>
    </message>
    <message>
        <source>f = 1: remember everything</source>
        <translation>f = 1: 모두 기억</translation>
    </message>
    <message>
        <source>f = 0: forget</source>
        <translation>f = 0: 망각</translation>
    </message>
    <message>
        <source>i = 0: write nothing</source>
        <translation>i = 0: 아무것도 쓰지 않음</translation>
    </message>
    <message>
        <source>o = 1: show the whole cell</source>
        <translation>o = 1: 셀 전체를 출력</translation>
    </message>
    <message>
        <source>Knock the unit out (h = 0)</source>
        <translation>유닛 끄기 (h = 0)</translation>
    </message>
    <message>
        <source>o = 0 at every step: the unit&apos;s cell still runs, but nothing of it reaches h_t.</source>
        <translation>모든 스텝에서 o = 0: 유닛의 셀은 계속 계산되지만 h_t에는 아무것도 전달되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>GradientsView</name>
    <message>
        <source>Layer / direction</source>
        <translation>층 / 방향</translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ over epochs</source>
        <translation>에폭별 ‖dL/dh_t‖</translation>
    </message>
    <message>
        <source>‖dL/dc_t‖ over epochs</source>
        <translation>에폭별 ‖dL/dc_t‖</translation>
    </message>
    <message>
        <source>Newest epoch: gradient norm per step</source>
        <translation>최신 에폭: 스텝별 기울기 노름</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>스텝 t</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>노름</translation>
    </message>
    <message>
        <source>Initialisation: forget-gate bias 0 vs 1 on the same data</source>
        <translation>초기화: 같은 데이터에서 망각 게이트 편향 0 vs 1</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>비교 실행</translation>
    </message>
    <message>
        <source>Trains two fresh models in the background (same data and seed), one with every bias 0 and one with forget-gate bias 1</source>
        <translation>새 모델 두 개를 백그라운드에서 학습합니다(데이터와 시드는 동일). 하나는 모든 편향이 0, 다른 하나는 망각 게이트 편향이 1입니다</translation>
    </message>
    <message>
        <source> epochs each</source>
        <translation> 에폭씩</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>아직 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>forget bias 0: ‖dL/dc_t‖</source>
        <translation>망각 편향 0: ‖dL/dc_t‖</translation>
    </message>
    <message>
        <source>forget bias 1: ‖dL/dc_t‖</source>
        <translation>망각 편향 1: ‖dL/dc_t‖</translation>
    </message>
    <message>
        <source>Last epoch: ‖dL/dc_t‖ per step</source>
        <translation>마지막 에폭: 스텝별 ‖dL/dc_t‖</translation>
    </message>
    <message>
        <source>layer %1 %2</source>
        <translation>층 %1 %2</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>층 %1</translation>
    </message>
    <message>
        <source>drawn after the first epoch</source>
        <translation>첫 에폭이 끝나면 그려집니다</translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ (epoch %1)</source>
        <translation>‖dL/dh_t‖ (에폭 %1)</translation>
    </message>
    <message>
        <source>‖dL/dc_t‖ (epoch %1)</source>
        <translation>‖dL/dc_t‖ (에폭 %1)</translation>
    </message>
    <message>
        <source>Training forget bias 0…</source>
        <translation>망각 편향 0 학습 중…</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <source>press Run comparison</source>
        <translation>‘비교 실행’을 누르세요</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>epoch %1, val loss %2</source>
        <translation>에폭 %1, 검증 손실 %2</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>  — done</source>
        <translation>  — 완료</translation>
    </message>
    <message>
        <source>Backpropagation through time of a fixed validation batch, recorded after each epoch: mean over the batch of ‖dL/dh_t‖ and ‖dL/dc_t‖. </source>
        <translation>고정된 검증 배치의 시간 역전파(BPTT)를 매 에폭 후에 기록: ‖dL/dh_t‖와 ‖dL/dc_t‖의 배치 평균. </translation>
    </message>
    <message>
        <source>The loss reads every step (head seq: one prediction per step), so each h_t receives its own share directly, plus what flows back from the later steps — the early steps collect from more of them.</source>
        <translation>손실이 모든 스텝을 읽으므로(헤드 seq: 스텝마다 예측 하나) 각 h_t는 자기 몫을 직접 받고, 이후 스텝에서 거꾸로 흘러오는 기울기도 받습니다 — 앞쪽 스텝일수록 더 많은 스텝에서 모읍니다.</translation>
    </message>
    <message>
        <source>The loss reads every step through Flatten (one weight block per step), so each h_t receives its own share directly, plus what flows back from later steps.</source>
        <translation>손실이 Flatten을 통해 모든 스텝을 읽으므로(스텝마다 가중치 블록 하나) 각 h_t는 자기 몫을 직접 받고, 이후 스텝에서 거꾸로 흘러오는 기울기도 받습니다.</translation>
    </message>
    <message>
        <source>The loss reads the mean over the steps, so each h_t receives 1/L of the gradient directly, plus what flows back from later steps.</source>
        <translation>손실이 스텝 평균을 읽으므로 각 h_t는 기울기의 1/L을 직접 받고, 이후 스텝에서 거꾸로 흘러오는 기울기도 받습니다.</translation>
    </message>
    <message>
        <source>The loss reads h_n, the final state (t = L−1 forward, t = 0 for a reverse direction), so gradients start there and shrink (vanish) or grow (explode) as they flow back through the steps.</source>
        <translation>손실이 최종 상태 h_n(순방향은 t = L−1, 역방향은 t = 0)을 읽으므로 기울기는 그곳에서 시작해 스텝을 거슬러 흐르면서 작아지거나(소실) 커집니다(폭주).</translation>
    </message>
    <message>
        <source>The loss reads the last step, so gradients start there and shrink (vanish) or grow (explode) towards t = 0.</source>
        <translation>손실이 마지막 스텝을 읽으므로 기울기는 그곳에서 시작해 t = 0으로 갈수록 작아지거나(소실) 커집니다(폭주).</translation>
    </message>
</context>
<context>
    <name>HistogramsView</name>
    <message>
        <source>weights (values)</source>
        <translation>가중치 (값)</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>ridge (offset by epoch)</source>
        <translation>리지 플롯 (에폭별 오프셋)</translation>
    </message>
    <message>
        <source>heat map (distribution over time)</source>
        <translation>히트맵 (시간에 따른 분포)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Epochs from</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Histograms appear after the first epoch. Each LSTM matrix is split into its four gate blocks (rows [0,H) i, [H,2H) f, [2H,3H) g, [3H,4H) o).</source>
        <translation>히스토그램은 첫 에폭 후에 나타납니다. 각 LSTM 행렬은 네 개의 게이트 블록으로 나뉩니다(행 [0,H) i, [H,2H) f, [2H,3H) g, [3H,4H) o).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>dashed: %1, epoch %2</source>
        <translation>점선: %1, 에폭 %2</translation>
    </message>
    <message>
        <source>no epochs yet</source>
        <translation>아직 에폭 없음</translation>
    </message>
    <message>
        <source>%1 – %2 of %3</source>
        <translation>%1 – %2 (전체 %3)</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>epoch %1: %2 zeros · %3 NaN · %4 Inf of %5</source>
        <translation>에폭 %1: 전체 %5개 중 0 %2개 · NaN %3개 · Inf %4개</translation>
    </message>
    <message>
        <source>no histogram</source>
        <translation>히스토그램 없음</translation>
    </message>
</context>
<context>
    <name>HyperParameterForm</name>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Initial learning rate (optimizer lr)</source>
        <translation>초기 학습률 (옵티마이저 lr)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>clip_grad_norm_(max_norm); 0 = off</source>
        <translation>clip_grad_norm_(max_norm). 0 = 끔</translation>
    </message>
    <message>
        <source>Clip grad norm</source>
        <translation>기울기 노름 클리핑</translation>
    </message>
    <message>
        <source>clip_grad_value_(clip_value); 0 = off. Used only without norm clipping</source>
        <translation>clip_grad_value_(clip_value). 0 = 끔. 노름 클리핑을 쓰지 않을 때만 적용됩니다</translation>
    </message>
    <message>
        <source>Clip grad value</source>
        <translation>기울기 값 클리핑</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <source>ReduceLROnPlateau on the validation loss</source>
        <translation>검증 손실 기준 ReduceLROnPlateau</translation>
    </message>
    <message>
        <source>factor </source>
        <translation>배율 </translation>
    </message>
    <message>
        <source>LR on plateau</source>
        <translation>정체 시 LR 감소</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 에폭</translation>
    </message>
    <message>
        <source>  patience</source>
        <translation>  인내</translation>
    </message>
    <message>
        <source>patience </source>
        <translation>인내 </translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <source>torch default U(±1/√H)</source>
        <translation>torch 기본값 U(±1/√H)</translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation>Xavier 균등</translation>
    </message>
    <message>
        <source>Kaiming uniform</source>
        <translation>Kaiming 균등</translation>
    </message>
    <message>
        <source>orthogonal (W_hh)</source>
        <translation>직교 (W_hh)</translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>torch default</source>
        <translation>torch 기본값</translation>
    </message>
    <message>
        <source>zeros (forget bias 0)</source>
        <translation>모두 0 (망각 편향 0)</translation>
    </message>
    <message>
        <source>forget gate bias 1</source>
        <translation>망각 게이트 편향 1</translation>
    </message>
    <message>
        <source>Bias init</source>
        <translation>편향 초기화</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>저장 안 함</translation>
    </message>
    <message>
        <source>Each run gets its own folder here: config.json, metrics.csv, events, histograms, best and last weights (open one with &quot;Compare run…&quot;)</source>
        <translation>실행마다 이곳에 전용 폴더가 생깁니다: config.json, metrics.csv, 이벤트, 히스토그램, 최적 및 마지막 가중치 (&quot;실행 비교…&quot;로 열 수 있음)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Save runs in</source>
        <translation>실행 저장 위치</translation>
    </message>
    <message>
        <source>this run: %1</source>
        <translation>이번 실행: %1</translation>
    </message>
    <message>
        <source>Xavier normal</source>
        <translation>Xavier 정규</translation>
    </message>
    <message>
        <source>Kaiming normal</source>
        <translation>Kaiming 정규</translation>
    </message>
</context>
<context>
    <name>InitComparison</name>
    <message>
        <source>forget bias 0</source>
        <translation>망각 편향 0</translation>
    </message>
    <message>
        <source>forget bias 1</source>
        <translation>망각 편향 1</translation>
    </message>
</context>
<context>
    <name>InputBoxWidget</name>
    <message>
        <source>The input tensor x: time runs to the right, features upwards, samples into the depth; each edge names its dimension in the current layout.</source>
        <translation>입력 텐서 x: 시간은 오른쪽, 특성은 위쪽, 샘플은 안쪽 방향입니다. 각 모서리에 현재 레이아웃에서의 차원이 표시됩니다.</translation>
    </message>
    <message>
        <source>input x: %1</source>
        <translation>입력 x: %1</translation>
    </message>
    <message>
        <source>L = %1 steps (dim %2)</source>
        <translation>L = %1 스텝 (차원 %2)</translation>
    </message>
    <message>
        <source>H_in = %1 features
(dim %2)</source>
        <translation>H_in = 특성 %1개
(차원 %2)</translation>
    </message>
    <message>
        <source>N = %1 samples
(dim %2)</source>
        <translation>N = 샘플 %1개
(차원 %2)</translation>
    </message>
    <message>
        <source>Unbatched: one sequence, no N axis. Blue frame: the sequence, shaded: x_0.</source>
        <translation>배치 없음: 시퀀스 하나, N 축 없음. 파란 테두리: 시퀀스, 음영: x_0.</translation>
    </message>
    <message>
        <source>Blue frame: x[0], sample 0 (L × H_in); shaded: x[0, 0], its step 0.</source>
        <translation>파란 테두리: x[0], 샘플 0 (L × H_in). 음영: x[0, 0], 그 샘플의 스텝 0.</translation>
    </message>
    <message>
        <source>Blue frame: x[:, 0], sample 0 (L × H_in); shaded: x[0, 0], its step 0.</source>
        <translation>파란 테두리: x[:, 0], 샘플 0 (L × H_in). 음영: x[0, 0], 그 샘플의 스텝 0.</translation>
    </message>
</context>
<context>
    <name>InputDragPlot</name>
    <message>
        <source>original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>edited (drag a dot)</source>
        <translation>수정됨 (점을 드래그)</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>스텝 t</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <source>Search a word of your question (h_n, Flatten, packing…)</source>
        <translation>질문의 단어로 검색 (h_n, Flatten, 패킹…)</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>먼저 예측하기</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>설명 보기</translation>
    </message>
    <message>
        <source>Skip the prediction and show the explanation.</source>
        <translation>예측을 건너뛰고 설명을 표시합니다.</translation>
    </message>
    <message>
        <source>The lessons cannot be loaded: %1</source>
        <translation>레슨을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt;: pick a question. Each lesson loads its example, opens the view that answers it and marks where to look; its numbers come from the engine.</source>
        <translation>&lt;b&gt;레슨&lt;/b&gt;: 질문을 고르세요. 각 레슨은 예시를 불러오고, 답을 보여 주는 뷰를 열어 봐야 할 곳을 표시합니다. 수치는 엔진이 계산한 값입니다.</translation>
    </message>
    <message>
        <source>unknown lesson &apos;%1&apos;; lstmviz --list-lessons lists the %2 lessons</source>
        <translation>알 수 없는 레슨 &apos;%1&apos;. lstmviz --list-lessons로 레슨 %2개의 목록을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>This lesson&apos;s configuration is refused: %1</source>
        <translation>이 레슨의 설정이 거부되었습니다: %1</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>질문:</translation>
    </message>
    <message>
        <source>e.g. 2, 3, 4</source>
        <translation>예: 2, 3, 4</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>The engine cannot run this lesson: %1</source>
        <translation>엔진이 이 레슨을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>직접 해 보기:</translation>
    </message>
    <message>
        <source>not with this configuration: %1</source>
        <translation>현재 설정으로는 불가: %1</translation>
    </message>
    <message>
        <source>Checked against the engine (the numbers the views show):</source>
        <translation>엔진으로 검증한 결과 (뷰에 표시되는 수치):</translation>
    </message>
    <message>
        <source>Type your prediction first (%1).</source>
        <translation>먼저 예측을 입력하세요 (%1).</translation>
    </message>
    <message>
        <source>✓ Right — the engine computes %1.</source>
        <translation>✓ 정답 — 엔진의 계산 결과도 %1입니다.</translation>
    </message>
    <message>
        <source>✗ Not quite — you said %1, the engine computes %2.</source>
        <translation>✗ 아쉽습니다 — 입력한 값은 %1, 엔진의 계산 결과는 %2입니다.</translation>
    </message>
    <message>
        <source>The engine&apos;s answer: %1.</source>
        <translation>엔진의 답: %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>LoadedValues</name>
    <message>
        <source>Kept as the configuration gives it, beyond what the fields above can show: %1. Changing the field replaces it.</source>
        <translation>설정 파일에 적힌 그대로 유지합니다(위 입력란으로는 표시할 수 없는 값): %1. 해당 입력란을 바꾸면 그 값으로 대체됩니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>lstmviz — see exactly what torch.nn.LSTM does</source>
        <translation>lstmviz — torch.nn.LSTM의 동작을 정확히 살펴보기</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Import PyTorch &amp;weights…</source>
        <translation>PyTorch 가중치 가져오기(&amp;W)…</translation>
    </message>
    <message>
        <source>Import nn.LSTM weights</source>
        <translation>nn.LSTM 가중치 가져오기</translation>
    </message>
    <message>
        <source>safetensors state_dict (*.safetensors)</source>
        <translation>safetensors state_dict (*.safetensors)</translation>
    </message>
    <message>
        <source>Cannot import the weights</source>
        <translation>가중치를 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>CSV 가져오기(&amp;C)…</translation>
    </message>
    <message>
        <source>Import a CSV series</source>
        <translation>CSV 시계열 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV 파일 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Cannot import the CSV</source>
        <translation>CSV를 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Open config…</source>
        <translation>설정 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a configuration</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <source>lstmviz config (*.json)</source>
        <translation>lstmviz 설정 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the configuration</source>
        <translation>설정을 열 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Save config…</source>
        <translation>설정 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the configuration</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <source>Cannot save the configuration</source>
        <translation>설정을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Export trace as CSV…</source>
        <translation>트레이스를 CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the trace</source>
        <translation>트레이스 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the trace</source>
        <translation>트레이스를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About lstmviz</source>
        <translation>lstmviz 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About lstmviz</source>
        <translation>lstmviz 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;lstmviz&lt;/h3&gt;&lt;p&gt;See exactly what &lt;code&gt;torch.nn.LSTM&lt;/code&gt; does: every shape, every gate at every step, and when &lt;code&gt;output[:, -1]&lt;/code&gt; and &lt;code&gt;h_n[-1]&lt;/code&gt; differ.&lt;/p&gt;&lt;p&gt;The LSTM is a C++ reimplementation of torch.nn.LSTM checked against PyTorch itself, digit for digit.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;lstmviz&lt;/h3&gt;&lt;p&gt;&lt;code&gt;torch.nn.LSTM&lt;/code&gt;의 동작을 정확히 보여 줍니다: 모든 형상, 모든 스텝의 모든 게이트, 그리고 &lt;code&gt;output[:, -1]&lt;/code&gt;과 &lt;code&gt;h_n[-1]&lt;/code&gt;이 언제 달라지는지까지.&lt;/p&gt;&lt;p&gt;이 LSTM은 torch.nn.LSTM을 C++로 다시 구현한 것으로, PyTorch 자체와 자릿수 하나까지 대조해 검증했습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Show the %1 view (lstmviz --view %2).</source>
        <translation>%1 뷰를 표시합니다 (lstmviz --view %2).</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>형상</translation>
    </message>
    <message>
        <source>Stepper</source>
        <translation>스텝별 보기</translation>
    </message>
    <message>
        <source>Outputs compared</source>
        <translation>출력 비교</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <source>Padding &amp;&amp; packing</source>
        <translation>패딩 &amp;&amp; 패킹</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Invalid configuration — the views keep the last valid one.</source>
        <translation>잘못된 설정입니다 — 뷰는 마지막으로 유효했던 설정을 유지합니다.</translation>
    </message>
    <message>
        <source>Computing the forward pass of %1 × %2 steps, %3 layer(s)… the views show the previous configuration until it is done.</source>
        <translation>%1 × %2 스텝, %3개 층의 순전파를 계산하는 중… 끝날 때까지 뷰에는 이전 설정이 표시됩니다.</translation>
    </message>
    <message>
        <source>UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=%1 and num_layers=1</source>
        <translation>UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=%1 and num_layers=1 — 드롭아웃은 마지막 층을 제외한 각 순환 층의 출력에만 적용되므로, 층이 하나뿐이면 아무 효과가 없습니다 (PyTorch의 경고 원문).</translation>
    </message>
    <message>
        <source>The explorer runs the model in eval mode (model.eval()): dropout is off here.</source>
        <translation>탐색기는 모델을 평가 모드(model.eval())로 실행하므로 여기서는 dropout이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>%1 is loaded for training, but the example batch stays the built-in sine: %2.</source>
        <translation>%1을(를) 학습용으로 불러왔지만 예시 배치는 내장 사인파 그대로입니다: %2.</translation>
    </message>
    <message>
        <source>the initialisation (%1 no longer fits this nn.LSTM)</source>
        <translation>초기화 값 (%1: 이 nn.LSTM에 더 이상 맞지 않음)</translation>
    </message>
    <message>
        <source>the initialisation above</source>
        <translation>위의 초기화 설정</translation>
    </message>
    <message>
        <source>nn.LSTM(%1, %2, num_layers=%3%4%5%6) on %7 — %8 parameters</source>
        <translation>nn.LSTM(%1, %2, num_layers=%3%4%5%6), 입력: %7 — 파라미터 %8개</translation>
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
        <translation>%1 스텝 시퀀스 하나</translation>
    </message>
    <message>
        <source>a batch of %1 × %2 steps</source>
        <translation>%1 × %2 스텝 배치</translation>
    </message>
    <message>
        <source>the training run&apos;s latest weights</source>
        <translation>학습 실행의 최신 가중치</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1에서 가져옴</translation>
    </message>
    <message>
        <source>Weights %1.</source>
        <translation>가중치: %1.</translation>
    </message>
    <message>
        <source>%1: %2 rows × %3 columns loaded.</source>
        <translation>%1: %2행 × %3열을 불러왔습니다.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>%1 under &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 아래의 %1</translation>
    </message>
    <message>
        <source>Several LSTMs</source>
        <translation>여러 개의 LSTM</translation>
    </message>
    <message>
        <source>%1 holds several LSTMs. Which one should the explorer run?</source>
        <translation>%1에 LSTM이 여러 개 있습니다. 탐색기에서 어느 것을 실행할까요?</translation>
    </message>
    <message>
        <source>Load an nn.LSTM, nn.LSTMCell or x2h/h2h cell state_dict (under any prefix) saved as safetensors.</source>
        <translation>safetensors로 저장된 nn.LSTM, nn.LSTMCell 또는 x2h/h2h 셀의 state_dict(접두사 무관)를 불러옵니다.</translation>
    </message>
    <message>
        <source>Open &amp;input…</source>
        <translation>입력 열기(&amp;I)…</translation>
    </message>
    <message>
        <source>Open an input batch</source>
        <translation>입력 배치 열기</translation>
    </message>
    <message>
        <source>input batch (*.safetensors *.npy *.npz)</source>
        <translation>입력 배치 (*.safetensors *.npy *.npz)</translation>
    </message>
    <message>
        <source>Cannot open the input</source>
        <translation>입력을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Carry the &amp;state into the next batch</source>
        <translation>상태를 다음 배치로 넘기기(&amp;S)</translation>
    </message>
    <message>
        <source>Cannot carry the state</source>
        <translation>상태를 넘길 수 없습니다</translation>
    </message>
    <message>
        <source>A stateful LSTM: this pass&apos;s h_n, c_n become h_0, c_0 of the next pass over the same batch.</source>
        <translation>상태 유지(stateful) LSTM: 이번 순전파의 h_n, c_n이 같은 배치에 대한 다음 순전파의 h_0, c_0이 됩니다.</translation>
    </message>
    <message>
        <source>&amp;Follow run…</source>
        <translation>실행 추적(&amp;F)…</translation>
    </message>
    <message>
        <source>Follow a training run (lstmviz&apos;s or lstmviz.Watch&apos;s run directory)</source>
        <translation>학습 실행을 추적합니다 (lstmviz 또는 lstmviz.Watch의 실행 디렉터리)</translation>
    </message>
    <message>
        <source>Cannot follow the run</source>
        <translation>실행을 추적할 수 없습니다</translation>
    </message>
    <message>
        <source>The example batch is the built-in one, not %1: %2.</source>
        <translation>예시 배치는 %1 대신 내장 배치를 사용합니다: %2.</translation>
    </message>
    <message>
        <source>the batch with the carried state</source>
        <translation>넘겨받은 상태를 사용하는 배치</translation>
    </message>
    <message>
        <source>imported from %1 (the nn.LSTM under &apos;%2&apos;)</source>
        <translation>%1에서 가져옴 (&apos;%2&apos; 아래의 nn.LSTM)</translation>
    </message>
    <message>
        <source>imported from %1: the %2 under &apos;%3&apos;, run over time from its state as the one-layer nn.LSTM it equals (same gate order i, f, g, o): %4</source>
        <translation>%1에서 가져옴: &apos;%3&apos; 아래의 %2을(를) 그와 동등한 1층 nn.LSTM(게이트 순서 i, f, g, o 동일)으로 그 상태에서 시간 축을 따라 실행: %4</translation>
    </message>
    <message>
        <source>%1: the explorer runs this batch.</source>
        <translation>%1: 탐색기가 이 배치를 실행합니다.</translation>
    </message>
    <message>
        <source>there is no forward pass to carry the state from</source>
        <translation>상태를 넘겨받을 순전파가 없습니다</translation>
    </message>
    <message>
        <source>h_n, c_n of the previous pass</source>
        <translation>이전 순전파의 h_n, c_n</translation>
    </message>
    <message>
        <source>h_0, c_0 = the previous pass&apos;s h_n, c_n.</source>
        <translation>h_0, c_0 = 이전 순전파의 h_n, c_n.</translation>
    </message>
    <message>
        <source>followed run %1</source>
        <translation>추적 중인 실행 %1</translation>
    </message>
    <message>
        <source>no run is followed</source>
        <translation>추적 중인 실행 없음</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>Compare &amp;forecasters…</source>
        <translation>예측 방식 비교(&amp;F)…</translation>
    </message>
    <message>
        <source>Train four ways to forecast K steps on the same series and compare their validation error per step ahead.</source>
        <translation>같은 시계열로 K 스텝을 예측하는 네 가지 방식을 학습하고 앞선 스텝별 검증 오차를 비교합니다.</translation>
    </message>
    <message>
        <source>the training run&apos;s latest weights of the model&apos;s %1, nn.LSTM(%2, %3)</source>
        <translation>학습 실행의 최신 가중치 (모델의 %1, nn.LSTM(%2, %3))</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>What-if (가정 실험)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Change any input, weight or gate and see every view recompute, the original as a grey ghost.</source>
        <translation>입력, 가중치, 게이트를 바꾸면 모든 뷰가 다시 계산되고 원본은 회색 고스트로 표시됩니다.</translation>
    </message>
    <message>
        <source>What-if edits that no longer fit were removed: %1</source>
        <translation>더 이상 맞지 않는 What-if 수정을 제거했습니다: %1</translation>
    </message>
</context>
<context>
    <name>MemoryView</name>
    <message>
        <source>Which sample n of the batch the connectivity and attributions are of.</source>
        <translation>연결성과 기여도를 계산할 배치의 샘플 n.</translation>
    </message>
    <message>
        <source>The layer whose forget gates and hidden states are shown.</source>
        <translation>망각 게이트와 은닉 상태를 보여 줄 층.</translation>
    </message>
    <message>
        <source>The direction whose forget gates are shown.</source>
        <translation>망각 게이트를 보여 줄 방향.</translation>
    </message>
    <message>
        <source>The cell unit u whose forget-gate survival is shown.</source>
        <translation>망각 게이트 잔존율을 보여 줄 셀 유닛 u.</translation>
    </message>
    <message>
        <source>output[n, last step, 0]</source>
        <translation>output[n, 마지막 스텝, 0]</translation>
    </message>
    <message>
        <source>Σ output[n, last step, :]</source>
        <translation>Σ output[n, 마지막 스텝, :]</translation>
    </message>
    <message>
        <source>The scalar f(x) whose attributions are shown.</source>
        <translation>기여도를 보여 줄 스칼라 f(x).</translation>
    </message>
    <message>
        <source>The step t marked on the hidden-state trajectories.</source>
        <translation>은닉 상태 궤적에 표시할 스텝 t.</translation>
    </message>
    <message>
        <source>Sample n:</source>
        <translation>샘플 n:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>층:</translation>
    </message>
    <message>
        <source>Unit u:</source>
        <translation>유닛 u:</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>기여도 대상:</translation>
    </message>
    <message>
        <source>input step s</source>
        <translation>입력 스텝 s</translation>
    </message>
    <message>
        <source>output step t</source>
        <translation>출력 스텝 t</translation>
    </message>
    <message>
        <source>‖∂output[t] / ∂x[s]‖</source>
        <translation>‖∂output[t] / ∂x[s]‖</translation>
    </message>
    <message>
        <source>∏ f (survival)</source>
        <translation>∏ f (잔존율)</translation>
    </message>
    <message>
        <source>Attribution per input step</source>
        <translation>입력 스텝별 기여도</translation>
    </message>
    <message>
        <source>attribution (Σ over features)</source>
        <translation>기여도 (특성 합 Σ)</translation>
    </message>
    <message>
        <source>Trajectories of h_t (PCA)</source>
        <translation>h_t의 궤적 (PCA)</translation>
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
        <translation>이 샘플의 각 출력 스텝이 각 입력 스텝에 얼마나 강하게 의존하는지: 기울기의 노름이며 인과 효과가 아닙니다. 단방향: s ≤ t만 (아래 삼각형), 양방향: 모든 쌍. 빈 칸: 경로 없음 (또는 패딩).</translation>
    </message>
    <message>
        <source>The share of the cell state written at step s still in c_t: the product of the forget gates in between (1 on the diagonal). Recorded values, not a gradient.</source>
        <translation>스텝 s에서 쓰인 셀 상태 중 c_t에 아직 남아 있는 비율: 그 사이 망각 게이트들의 곱 (대각선은 1). 기록된 값이며 기울기가 아닙니다.</translation>
    </message>
    <message>
        <source>The last output step&apos;s row of the connectivity against s (left axis), and the survival of unit u to that step (right axis): where f stays near 1, old inputs keep their influence — the forget gate is the memory.</source>
        <translation>마지막 출력 스텝의 연결성 행을 s에 대해 (왼쪽 축), 그리고 그 스텝까지 유닛 u의 잔존율 (오른쪽 축): f가 1 가까이 유지되는 곳에서는 오래된 입력이 영향력을 유지합니다 — 망각 게이트가 곧 메모리입니다.</translation>
    </message>
    <message>
        <source>Each step&apos;s share of the scalar: gradient × input (x ⊙ ∂f/∂x, a local linearisation) and integrated gradients (baseline x′ = 0). Attributions, not the effect of deleting a step.</source>
        <translation>스칼라에 대한 각 스텝의 몫: gradient × input (x ⊙ ∂f/∂x, 국소 선형화)과 integrated gradients (기준선 x′ = 0). 기여도이며 스텝을 지웠을 때의 효과가 아닙니다.</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>Computing the connectivity and attributions…</source>
        <translation>연결성과 기여도를 계산하는 중…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
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
        <translation>&lt;b&gt;f(x) = %1.&lt;/b&gt; &lt;b&gt;Integrated gradients&lt;/b&gt; (m = %2 구간, 기준선 x′ = 0): Σ 기여도 = %3; f(x) − f(x′) = %4 − %5 = %6; 상대 차이 %7 (완전성).&lt;br&gt;&lt;b&gt;Gradient × input&lt;/b&gt;: Σ 기여도 = %8 — 일반적으로 f(x) − f(0)와 같지 않습니다.</translation>
    </message>
    <message>
        <source>‖∂output[%1] / ∂x[s]‖</source>
        <translation>‖∂output[%1] / ∂x[s]‖</translation>
    </message>
    <message>
        <source>∏ f of unit %1 to t = %2</source>
        <translation>유닛 %1의 t = %2까지의 ∏ f</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Step t = %1:</source>
        <translation>스텝 t = %1:</translation>
    </message>
    <message>
        <source>Gradient path of the last step</source>
        <translation>마지막 스텝의 기울기 경로</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>연결성</translation>
    </message>
    <message>
        <source>Forget-gate survival</source>
        <translation>망각 게이트 잔존율</translation>
    </message>
    <message>
        <source>∏ f of unit u</source>
        <translation>유닛 u의 ∏ f</translation>
    </message>
    <message>
        <source>h_t of every sample of the batch (one colour each, the chosen sample thicker) projected on the two directions of largest variance, which hold %1% of it; dots: step t of the slider. A projection: distances along the other components are not shown.</source>
        <translation>배치의 모든 샘플의 h_t (샘플마다 한 색, 선택한 샘플은 굵게)를 분산이 가장 큰 두 방향에 투영한 것으로, 이 두 방향이 분산의 %1%를 담습니다. 점: 슬라이더의 스텝 t. 투영이므로 다른 성분 방향의 거리는 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Connectivity and attributions not drawn: one sample&apos;s Jacobian would hold %1 values (L·D·H_out·L·H_in), more than %2.</source>
        <translation>연결성과 기여도를 그리지 않습니다: 샘플 하나의 야코비안이 %2개를 넘는 %1개의 값(L·D·H_out·L·H_in)을 담게 됩니다.</translation>
    </message>
    <message>
        <source>the head&apos;s prediction</source>
        <translation>헤드의 예측</translation>
    </message>
    <message>
        <source>The input is the built-in example batch.</source>
        <translation>입력은 내장 예제 배치입니다.</translation>
    </message>
    <message>
        <source>‖W ∂output[t] / ∂x[s]‖ (head)</source>
        <translation>‖W ∂output[t] / ∂x[s]‖ (헤드)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The head&apos;s prediction&lt;/b&gt; %1 = %2: output %3%4, the largest of its %5; f(x) is it without head.bias[%3] = %6, which cancels in f(x) − f(x′). head.weight is the %7 head as initialised (init seed %8): the explorer does not receive trained head weights.&lt;br&gt;</source>
        <translation>&lt;b&gt;헤드의 예측&lt;/b&gt; %1 = %2: %5개 출력 중 가장 큰 출력 %3%4; f(x)는 여기서 head.bias[%3] = %6을 뺀 값이며, 이 편향은 f(x) − f(x′)에서 상쇄됩니다. head.weight는 초기화된 그대로의 %7 헤드입니다 (초기화 시드 %8): 탐색기는 학습된 헤드 가중치를 받지 않습니다.&lt;br&gt;</translation>
    </message>
    <message>
        <source>‖W ∂output[%1] / ∂x[s]‖</source>
        <translation>‖W ∂output[%1] / ∂x[s]‖</translation>
    </message>
    <message>
        <source>Edited run (%1): every number here includes its clamps.</source>
        <translation>편집된 실행 (%1): 여기의 모든 수에 그 고정이 반영됩니다.</translation>
    </message>
    <message>
        <source>The input is %1 (seed %2) as training draws it; features: %3.</source>
        <translation>입력은 학습이 뽑는 그대로의 %1 (시드 %2)입니다. 특성: %3.</translation>
    </message>
    <message>
        <source>the copy task</source>
        <translation>복사 과제 (copy task)</translation>
    </message>
    <message>
        <source>the adding problem</source>
        <translation>덧셈 문제 (adding problem)</translation>
    </message>
    <message>
        <source>The input is read from %1.</source>
        <translation>입력은 %1에서 읽은 것입니다.</translation>
    </message>
    <message>
        <source>Computing the principal components of h_t…</source>
        <translation>h_t의 주성분을 계산하는 중…</translation>
    </message>
</context>
<context>
    <name>OutputsComparison</name>
    <message>
        <source>Equal: with one direction and every sequence %1 steps long, the last layer&apos;s final hidden state is exactly its output at the last step.</source>
        <translation>같음: 단방향이고 모든 시퀀스의 길이가 %1 스텝이면, 마지막 층의 최종 은닉 상태는 마지막 스텝의 출력과 정확히 같습니다.</translation>
    </message>
    <message>
        <source>Bidirectional: h_n[-1] is the REVERSE direction&apos;s final state, reached after reading back to t = 0, so it equals the reverse half of output at t = 0, %1 (%2). The last step of output is [forward final state | reverse state after one step]; the forward final state is h_n[-2]. Use torch.cat([h_n[-2], h_n[-1]], -1) for both.</source>
        <translation>양방향: h_n[-1]은 t = 0까지 거꾸로 읽은 뒤 도달한 역방향(REVERSE)의 최종 상태이므로, t = 0에서 output의 역방향 절반인 %1 값과 같습니다 (%2). output의 마지막 스텝은 [순방향 최종 상태 | 한 스텝 후의 역방향 상태]이며, 순방향 최종 상태는 h_n[-2]입니다. 두 방향을 모두 쓰려면 torch.cat([h_n[-2], h_n[-1]], -1)을 사용하세요.</translation>
    </message>
    <message>
        <source>checked: equal</source>
        <translation>확인: 같음</translation>
    </message>
    <message>
        <source>checked: not equal</source>
        <translation>확인: 다름</translation>
    </message>
    <message>
        <source>Padding: output is zero past each sample&apos;s length, so %1 lands on padding for sample %2 (length &lt; %3), while h_n holds the state at each sample&apos;s true last step.</source>
        <translation>패딩: output은 각 샘플의 길이를 넘는 부분이 0이므로, 샘플 %2(길이 &lt; %3)에서는 %1이 패딩을 가리킵니다. 반면 h_n은 각 샘플의 실제 마지막 스텝의 상태를 담고 있습니다.</translation>
    </message>
    <message>
        <source>Padding: output is zero past each sample&apos;s length, so %1 lands on padding for samples %2 (lengths &lt; %3), while h_n holds the state at each sample&apos;s true last step.</source>
        <translation>패딩: output은 각 샘플의 길이를 넘는 부분이 0이므로, 샘플 %2(길이 &lt; %3)에서는 %1이 패딩을 가리킵니다. 반면 h_n은 각 샘플의 실제 마지막 스텝의 상태를 담고 있습니다.</translation>
    </message>
    <message>
        <source>Several layers: h_n holds every layer&apos;s final state (%1 rows), output only the last layer&apos;s h_t; h_n[-1] is the last layer&apos;s, and h_n[0] (layer 0) appears nowhere in output.</source>
        <translation>여러 층: h_n은 모든 층의 최종 상태(%1행)를 담고, output은 마지막 층의 h_t만 담습니다. h_n[-1]은 마지막 층의 상태이며, h_n[0](층 0)은 output 어디에도 나타나지 않습니다.</translation>
    </message>
    <message>
        <source>Projection: both have P = %1 units (h_t = W_hr (o_t ⊙ tanh(c_t))).</source>
        <translation>투영: 둘 다 유닛이 P = %1개입니다 (h_t = W_hr (o_t ⊙ tanh(c_t))).</translation>
    </message>
    <message>
        <source>batch_first misuse: output is (N, L, ·), so output[-1] selects the last SAMPLE — its whole sequence (L, D·H_out): row n is step n of sample N−1, not the last step of sample n. Write output[:, -1].</source>
        <translation>batch_first 오용: output이 (N, L, ·)이므로 output[-1]은 마지막 샘플(SAMPLE)의 시퀀스 전체 (L, D·H_out)를 선택합니다. 행 n은 샘플 n의 마지막 스텝이 아니라 샘플 N−1의 스텝 n입니다. output[:, -1]로 쓰세요.</translation>
    </message>
    <message>
        <source>Seq-first: output is (L, N, ·), so output[-1] is the last step (correct here) and output[:, -1] is the misuse — the last SAMPLE&apos;s whole sequence (L, D·H_out): row n is step n of sample N−1.</source>
        <translation>시퀀스 우선: output이 (L, N, ·)이므로 output[-1]이 마지막 스텝이고(여기서는 올바름) output[:, -1]이 오용입니다 — 마지막 샘플(SAMPLE)의 시퀀스 전체 (L, D·H_out)이며, 행 n은 샘플 N−1의 스텝 n입니다.</translation>
    </message>
    <message>
        <source>Seq-first: reshape(N, -1) cuts the (L, N, ·) memory into N rows, so each row mixes steps of several samples — permute(1, 0, 2) first.</source>
        <translation>시퀀스 우선: reshape(N, -1)은 (L, N, ·) 메모리를 N개 행으로 자르므로 각 행에 여러 샘플의 스텝이 섞입니다 — 먼저 permute(1, 0, 2)를 적용하세요.</translation>
    </message>
    <message>
        <source>With padding it also keeps the zero padding steps.</source>
        <translation>패딩이 있으면 0인 패딩 스텝도 그대로 포함합니다.</translation>
    </message>
    <message>
        <source>c_n is the cell state c_t, not the hidden state: h_t = o_t ⊙ tanh(c_t) projected to P = %1 units, while c_n keeps H = %2. It is never an output of the LSTM at any step.</source>
        <translation>c_n은 은닉 상태가 아니라 셀 상태 c_t입니다: h_t = o_t ⊙ tanh(c_t)는 P = %1 유닛으로 투영되지만 c_n은 H = %2를 유지합니다. c_n은 어느 스텝에서도 LSTM의 출력이 아닙니다.</translation>
    </message>
    <message>
        <source>c_n is the cell state c_t, not the hidden state: h_t = o_t ⊙ tanh(c_t). It is never an output of the LSTM at any step.</source>
        <translation>c_n은 은닉 상태가 아니라 셀 상태 c_t입니다: h_t = o_t ⊙ tanh(c_t). c_n은 어느 스텝에서도 LSTM의 출력이 아닙니다.</translation>
    </message>
    <message>
        <source>The reference: every sample&apos;s hidden state at the last step t = L−1, both directions concatenated.</source>
        <translation>기준: 마지막 스텝 t = L−1에서 각 샘플의 은닉 상태 (두 방향을 이어 붙임).</translation>
    </message>
    <message>
        <source>Warning — no error from torch, wrong numbers: unbatched output is (L, D·H_out) = (%1, %2) with no N axis, so output[:, -1] indexes the UNIT axis. It returns the last hidden unit (unit %3) of every step, shape (L,) = (%1,); row j here is step j. The last step is output[-1] (shape (%2,)); output[:, -1:] would keep the unit axis, (%1, 1), and is just as wrong.</source>
        <translation>경고 — torch는 오류를 내지 않지만 값이 틀립니다: 배치 없음 output은 N 축 없이 (L, D·H_out) = (%1, %2)이므로 output[:, -1]은 유닛(UNIT) 축을 인덱싱합니다. 모든 스텝의 마지막 은닉 유닛(유닛 %3)을 반환하며 형상은 (L,) = (%1,)입니다. 여기서 행 j는 스텝 j입니다. 마지막 스텝은 output[-1](형상 (%2,))이며, output[:, -1:]은 유닛 축을 유지해 (%1, 1)이 되므로 똑같이 틀립니다.</translation>
    </message>
    <message>
        <source>The same numbers as output[:, -1], but the slice -1: keeps the time axis: shape (N, 1, D·H_out) = (%1, 1, %2), not (N, D·H_out). A Linear on it returns (N, 1, out), and a loss against (N, out) targets then broadcasts to (N, N, out) in MSELoss (torch warns: &quot;Using a target size … that is different to the input size&quot;) — squeeze(1) or index with -1.</source>
        <translation>output[:, -1]과 같은 값이지만 슬라이스 -1:은 시간 축을 유지합니다: 형상이 (N, D·H_out)이 아니라 (N, 1, D·H_out) = (%1, 1, %2)입니다. 여기에 Linear를 적용하면 (N, 1, out)이 되고, (N, out) 목표값과의 손실은 MSELoss에서 (N, N, out)으로 브로드캐스트됩니다 (torch 경고: &quot;Using a target size … that is different to the input size&quot;) — squeeze(1)을 쓰거나 -1로 인덱싱하세요.</translation>
    </message>
    <message>
        <source>The same numbers as the last step, but the slice -1: keeps the time axis (length 1) in front — squeeze(0) or index with -1.</source>
        <translation>마지막 스텝과 같은 값이지만 슬라이스 -1:은 앞쪽에 시간 축(길이 1)을 유지합니다 — squeeze(0)을 쓰거나 -1로 인덱싱하세요.</translation>
    </message>
    <message>
        <source>Flatten is not the last step: it keeps every step, L·D·H_out = %1 × %2 = %3 features per sample instead of D·H_out = %2. Shown (and compared) are only its last D·H_out = %2 values.</source>
        <translation>Flatten은 마지막 스텝이 아닙니다: 모든 스텝을 유지하므로 샘플당 특성이 D·H_out = %2개가 아니라 L·D·H_out = %1 × %2 = %3개입니다. 마지막 D·H_out = %2개 값만 표시(및 비교)합니다.</translation>
    </message>
    <message>
        <source>That last block equals %1 (with one direction and no padding it is also h_n[-1]); the other (L−1)·D·H_out = %2 values are the earlier steps, so a Linear on it has %3 inputs and needs a fixed L.</source>
        <translation>그 마지막 블록은 %1과 같습니다 (단방향이고 패딩이 없으면 h_n[-1]과도 같음). 나머지 (L−1)·D·H_out = %2개 값은 이전 스텝들이므로, 여기에 적용하는 Linear는 입력이 %3개이며 고정된 L이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>OutputsTableModel</name>
    <message>
        <source>pad  </source>
        <translation>패딩  </translation>
    </message>
    <message>
        <source>edited: %1
original: %2</source>
        <translation>편집 후: %1
원래: %2</translation>
    </message>
    <message>
        <source>unit %1 · step %1</source>
        <translation>유닛 %1 · 스텝 %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>유닛 %1</translation>
    </message>
</context>
<context>
    <name>OutputsView</name>
    <message>
        <source>Which sample n of the batch the table shows.</source>
        <translation>표에 표시할 배치의 샘플 n.</translation>
    </message>
    <message>
        <source>Sample n:</source>
        <translation>샘플 n:</translation>
    </message>
    <message>
        <source>reference: the last step</source>
        <translation>기준: 마지막 스텝</translation>
    </message>
    <message>
        <source>= equal (exactly)</source>
        <translation>= 같음 (정확히)</translation>
    </message>
    <message>
        <source>≠ different</source>
        <translation>≠ 다름</translation>
    </message>
    <message>
        <source>no such element</source>
        <translation>해당 원소 없음</translation>
    </message>
    <message>
        <source>Row j: unit j of each expression for the chosen sample; green cells equal the last step exactly, red ones do not.</source>
        <translation>행 j: 선택한 샘플에 대한 각 식의 유닛 j. 초록 셀은 마지막 스텝과 정확히 같고, 빨간 셀은 다릅니다.</translation>
    </message>
    <message>
        <source>(unbatched: one sequence)</source>
        <translation>(배치 없음: 시퀀스 하나)</translation>
    </message>
    <message>
        <source>of %1 (0 … %2)</source>
        <translation>(전체 %1개: 0 … %2)</translation>
    </message>
    <message>
        <source>The reference: every sample&apos;s last step of output.</source>
        <translation>기준: 각 샘플의 output 마지막 스텝.</translation>
    </message>
    <message>
        <source>The final hidden state of the last layer&apos;s last direction.</source>
        <translation>마지막 층, 마지막 방향의 최종 은닉 상태.</translation>
    </message>
    <message>
        <source>The swapped index: the last sample&apos;s whole sequence; row n is step n of sample N−1.</source>
        <translation>인덱스를 뒤바꾼 경우: 마지막 샘플의 시퀀스 전체. 행 n은 샘플 N−1의 스텝 n입니다.</translation>
    </message>
    <message>
        <source>The final cell state c_n of the last layer&apos;s last direction.</source>
        <translation>마지막 층, 마지막 방향의 최종 셀 상태 c_n.</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>비교할 항목 없음</translation>
    </message>
    <message>
        <source>%1 of %2 elements equal</source>
        <translation>원소 %2개 중 %1개 같음</translation>
    </message>
    <message>
        <source>same as the last step</source>
        <translation>마지막 스텝과 같음</translation>
    </message>
    <message>
        <source>not the last step</source>
        <translation>마지막 스텝이 아님</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why they agree or differ&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;같거나 다른 이유&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>pad: zero padding, not compared</source>
        <translation>패딩: 0 패딩, 비교 안 함</translation>
    </message>
    <message>
        <source>
last D·H_out shown</source>
        <translation>
마지막 D·H_out 표시</translation>
    </message>
    <message>
        <source>Unbatched output[:, -1]: the last unit of every step, shape (L,); row j is step j.</source>
        <translation>배치 없음 output[:, -1]: 모든 스텝의 마지막 유닛, 형상 (L,). 행 j는 스텝 j입니다.</translation>
    </message>
    <message>
        <source>The last step with its time axis kept (length 1).</source>
        <translation>시간 축(길이 1)을 유지한 마지막 스텝.</translation>
    </message>
    <message>
        <source>The Flatten row of each sample (every step); only its last D·H_out values are shown.</source>
        <translation>각 샘플의 Flatten 행 (모든 스텝). 마지막 D·H_out개 값만 표시합니다.</translation>
    </message>
    <message>
        <source>only its last D·H_out block compared: %1</source>
        <translation>마지막 D·H_out 블록만 비교: %1</translation>
    </message>
    <message>
        <source>NOT the last step: keeps every step; only its last block equals it</source>
        <translation>마지막 스텝이 아님: 모든 스텝을 유지하며 마지막 블록만 같음</translation>
    </message>
    <message>
        <source>same values, but a different shape (the time axis is kept)</source>
        <translation>값은 같지만 형상이 다름 (시간 축 유지)</translation>
    </message>
    <message>
        <source>Over all %1 samples (= same tensor, ◐ equal values but not the same tensor, ≠ different):&lt;br&gt;</source>
        <translation>전체 샘플 %1개 기준 (= 같은 텐서, ◐ 값은 같지만 다른 텐서, ≠ 다름):&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if:&lt;/b&gt; %1 edit(s) applied; grey values are the original run&apos;s.&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;What-if:&lt;/b&gt; 편집 %1개 적용됨. 회색 값은 원래 실행의 값입니다.&lt;br&gt;%2&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>PackingView</name>
    <message>
        <source>The lengths of your configuration.</source>
        <translation>현재 설정의 길이입니다.</translation>
    </message>
    <message>
        <source>A demo: your configuration has no lengths (tick “variable lengths” in the panel), so the same nn.LSTM runs here on lengths L, L−3, L−6, …</source>
        <translation>데모: 현재 설정에 길이가 없으므로(패널에서 “가변 길이”를 체크하세요) 같은 nn.LSTM을 여기서 길이 L, L−3, L−6, …으로 실행합니다.</translation>
    </message>
    <message>
        <source>, the reverse direction starts at that step and its h_n is the state at t = 0</source>
        <translation>. 역방향은 그 스텝에서 시작하며, 역방향의 h_n은 t = 0에서의 상태입니다</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <source>length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>output at t = length−1</source>
        <translation>output (t = 길이−1)</translation>
    </message>
    <message>
        <source>naive %1</source>
        <translation>단순 %1</translation>
    </message>
    <message>
        <source>naive = h_n?</source>
        <translation>단순 = h_n?</translation>
    </message>
    <message>
        <source>h_n[-1] (reverse)</source>
        <translation>h_n[-1] (역방향)</translation>
    </message>
    <message>
        <source>output at t = 0, reverse half</source>
        <translation>output (t = 0, 역방향 절반)</translation>
    </message>
    <message>
        <source>yes (full length)</source>
        <translation>예 (전체 길이)</translation>
    </message>
    <message>
        <source>no: padding</source>
        <translation>아니요: 패딩</translation>
    </message>
    <message>
        <source>First units of each state; &quot;yes&quot; (green): equal to h_n with packing, &quot;no&quot; (red): not.</source>
        <translation>각 상태의 처음 몇 유닛. &quot;예&quot;(초록): 패킹한 h_n과 같음, &quot;아니요&quot;(빨강): 다름.</translation>
    </message>
    <message>
        <source>&lt;b&gt;pack_padded_sequence(x, lengths, enforce_sorted=False)&lt;/b&gt;: each sample is run for its own length only. %1 The forward direction&apos;s h_n is the state at the sample&apos;s true last step%2; &lt;code&gt;output&lt;/code&gt; is zero past each length, so the naive &lt;code&gt;%3&lt;/code&gt; returns padding for every shorter sample. Without packing (the zero-padded batch fed straight to nn.LSTM) a shorter sample&apos;s h_n is the state after further steps on zeros — see the last columns.</source>
        <translation>&lt;b&gt;pack_padded_sequence(x, lengths, enforce_sorted=False)&lt;/b&gt;: 각 샘플은 자기 길이만큼만 실행됩니다. %1 순방향의 h_n은 샘플의 실제 마지막 스텝에서의 상태입니다%2. &lt;code&gt;output&lt;/code&gt;은 각 길이를 넘으면 0이므로, 단순한 &lt;code&gt;%3&lt;/code&gt;은 더 짧은 샘플마다 패딩을 반환합니다. 패킹 없이(0으로 패딩한 배치를 nn.LSTM에 그대로 입력) 실행하면 짧은 샘플의 h_n은 0 위에서 스텝을 더 진행한 뒤의 상태가 됩니다 — 마지막 열들을 보세요.</translation>
    </message>
    <message>
        <source>h_n packed
(forward, last layer)</source>
        <translation>h_n (패킹)
(순방향, 마지막 층)</translation>
    </message>
    <message>
        <source>h_n WITHOUT packing
(zeros run through)</source>
        <translation>h_n (패킹 없음)
(패딩 0도 그대로 실행)</translation>
    </message>
    <message>
        <source>unpacked = packed?</source>
        <translation>비패킹 = 패킹?</translation>
    </message>
    <message>
        <source>no: %1 steps on zeros</source>
        <translation>아니요: 0 위에서 %1 스텝 더 진행</translation>
    </message>
    <message>
        <source>Computing the packed and unpacked runs…</source>
        <translation>패킹한 실행과 패킹하지 않은 실행을 계산하는 중…</translation>
    </message>
    <message>
        <source>The packing demo could not be computed: %1</source>
        <translation>패킹 데모를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <source> The what-if edits are not applied to this demo (its batch differs).</source>
        <translation> what-if 편집은 이 데모에 적용되지 않습니다(배치가 다릅니다).</translation>
    </message>
</context>
<context>
    <name>ParameterEditForm</name>
    <message>
        <source>Unit:</source>
        <translation>유닛:</translation>
    </message>
    <message>
        <source>Set this weight</source>
        <translation>이 가중치 설정</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>파라미터:</translation>
    </message>
    <message>
        <source>Gate:</source>
        <translation>게이트:</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>새 값:</translation>
    </message>
    <message>
        <source>Row (h_t unit):</source>
        <translation>행 (h_t 유닛):</translation>
    </message>
    <message>
        <source>%1 is %2 in the original model.</source>
        <translation>원본 모델에서 %1 = %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>torch default U(−1/√H, 1/√H)</source>
        <translation>torch 기본값 U(−1/√H, 1/√H)</translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation>Xavier 균등</translation>
    </message>
    <message>
        <source>Xavier normal</source>
        <translation>Xavier 정규</translation>
    </message>
    <message>
        <source>Kaiming uniform</source>
        <translation>Kaiming 균등</translation>
    </message>
    <message>
        <source>Kaiming normal</source>
        <translation>Kaiming 정규</translation>
    </message>
    <message>
        <source>orthogonal</source>
        <translation>직교</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot export to &apos;%1&apos;: choose a .png, .svg or .pdf file name.</source>
        <translation>&apos;%1&apos;(으)로 내보낼 수 없습니다: .png, .svg 또는 .pdf 파일 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>&apos;%1&apos;에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; 파일을 교체할 수 없습니다.</translation>
    </message>
    <message>
        <source>Export as %1…</source>
        <translation>%1로 내보내기…</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>그래프 내보내기</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 파일 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>last step: output[:, -1]</source>
        <translation>마지막 스텝: output[:, -1]</translation>
    </message>
    <message>
        <source>final state: h_n[-1]</source>
        <translation>최종 상태: h_n[-1]</translation>
    </message>
    <message>
        <source>Flatten: output.reshape(N, -1)</source>
        <translation>Flatten: output.reshape(N, -1)</translation>
    </message>
    <message>
        <source>mean over steps: output.mean(1)</source>
        <translation>스텝 평균: output.mean(1)</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>모든 스텝</translation>
    </message>
    <message>
        <source>sequence → one prediction</source>
        <translation>시퀀스 → 예측 하나</translation>
    </message>
    <message>
        <source>one vector → sequence</source>
        <translation>벡터 하나 → 시퀀스</translation>
    </message>
    <message>
        <source>sequence → one output per step</source>
        <translation>시퀀스 → 스텝마다 출력 하나</translation>
    </message>
    <message>
        <source>window → k future steps</source>
        <translation>윈도우 → 미래 k 스텝</translation>
    </message>
    <message>
        <source>window → its reconstruction</source>
        <translation>윈도우 → 재구성</translation>
    </message>
    <message>
        <source>Coloured: steps the LSTM computes; grey: padding it skips. ● marks the step h_n comes from; the red frame is what output[:, -1] reads.</source>
        <translation>색칠: LSTM이 계산하는 스텝, 회색: 건너뛰는 패딩. ●는 h_n이 나오는 스텝, 빨간 테두리는 output[:, -1]이 읽는 위치입니다.</translation>
    </message>
    <message>
        <source>n=%1  len %2  fwd</source>
        <translation>n=%1  길이 %2  순방향</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>forward step computed</source>
        <translation>계산된 순방향 스텝</translation>
    </message>
    <message>
        <source>reverse step computed</source>
        <translation>계산된 역방향 스텝</translation>
    </message>
    <message>
        <source>padding: skipped</source>
        <translation>패딩: 건너뜀</translation>
    </message>
    <message>
        <source>h_n comes from here</source>
        <translation>h_n이 나오는 곳</translation>
    </message>
    <message>
        <source>what %1 reads</source>
        <translation>%1이 읽는 위치</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>x[%1, %2]: sample %1, step %2</source>
        <translation>x[%1, %2]: 샘플 %1, 스텝 %2</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>step t</source>
        <translation>스텝 t</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>레슨(&amp;L)…</translation>
    </message>
    <message>
        <source>Questions learners ask, each answered on screen with the engine&apos;s numbers (F1).</source>
        <translation>학습자가 자주 묻는 질문에 엔진의 수치로 화면에서 답합니다 (F1).</translation>
    </message>
    <message>
        <source>The Shapes, Stepper and Outputs views run this model&apos;s &lt;b&gt;decoder&lt;/b&gt; nn.LSTM(%1, %2) (state_dict decoder.*), on their example batch.</source>
        <translation>형상, 스텝별 보기, 출력 비교 탭은 이 모델의 &lt;b&gt;디코더&lt;/b&gt; nn.LSTM(%1, %2)(state_dict decoder.*)를 예시 배치로 실행합니다.</translation>
    </message>
    <message>
        <source>The Shapes, Stepper and Outputs views run this model&apos;s &lt;b&gt;encoder&lt;/b&gt; nn.LSTM(%1, %2) (state_dict encoder.*); the decoder and the head train with it and are drawn here only.</source>
        <translation>형상, 스텝별 보기, 출력 비교 탭은 이 모델의 &lt;b&gt;인코더&lt;/b&gt; nn.LSTM(%1, %2)(state_dict encoder.*)를 실행합니다. 디코더와 헤드는 함께 학습되며 여기에만 그려집니다.</translation>
    </message>
    <message>
        <source>The Shapes, Stepper and Outputs views run this model&apos;s nn.LSTM (state_dict lstm.*).</source>
        <translation>형상, 스텝별 보기, 출력 비교 탭은 이 모델의 nn.LSTM(state_dict lstm.*)을 실행합니다.</translation>
    </message>
    <message>
        <source>many-to-one, K-wide head</source>
        <translation>many-to-one, 출력 K개의 헤드</translation>
    </message>
    <message>
        <source>RepeatVector + decoder (one-to-many)</source>
        <translation>RepeatVector + 디코더 (one-to-many)</translation>
    </message>
    <message>
        <source>seq2seq, teacher forcing</source>
        <translation>seq2seq, 티처 포싱</translation>
    </message>
    <message>
        <source>seq2seq, free-running</source>
        <translation>seq2seq, free-running</translation>
    </message>
    <message>
        <source>one-step model, rolled K times</source>
        <translation>한 스텝 모델, K번 반복 적용</translation>
    </message>
    <message>
        <source>The LSTM reads the window; one Linear on its last step outputs all K·O future values at once (Dense(K) in Keras).</source>
        <translation>LSTM이 윈도우를 읽고, 마지막 스텝에 붙은 Linear 하나가 미래 값 K·O개를 한꺼번에 출력합니다(Keras의 Dense(K)).</translation>
    </message>
    <message>
        <source>The window flattened to one vector is repeated K times (RepeatVector) and a decoder LSTM with a per-step Linear turns it into the K steps.</source>
        <translation>벡터 하나로 펼친 윈도우를 K번 반복하고(RepeatVector), 스텝마다 Linear가 붙은 디코더 LSTM이 이를 K 스텝으로 바꿉니다.</translation>
    </message>
    <message>
        <source>Encoder → decoder; in training the decoder reads the true previous value (teacher forcing 1), at validation its own previous prediction.</source>
        <translation>인코더 → 디코더. 학습 때 디코더는 직전의 실제 값을 읽고(티처 포싱 1), 검증 때는 자신의 직전 예측을 읽습니다.</translation>
    </message>
    <message>
        <source>Encoder → decoder that always reads its own previous prediction, in training as at validation (teacher forcing 0).</source>
        <translation>인코더 → 디코더. 디코더는 학습 때도 검증 때처럼 항상 자신의 직전 예측을 읽습니다(티처 포싱 0).</translation>
    </message>
    <message>
        <source>A many-to-one model trained to predict one step; its prediction is appended to the window and fed back K times.</source>
        <translation>한 스텝을 예측하도록 학습한 many-to-one 모델. 예측을 윈도우 끝에 붙여 다시 넣기를 K번 반복합니다.</translation>
    </message>
</context>
<context>
    <name>ReshapePitfallWidget</name>
    <message>
        <source>x: rows are samples, columns are steps; colour = sample.</source>
        <translation>x: 행은 샘플, 열은 스텝, 색 = 샘플.</translation>
    </message>
    <message>
        <source>x.view(L, N): the same memory cut into rows of N — each row mixes steps of one sample instead of one step of every sample.</source>
        <translation>x.view(L, N): 같은 메모리를 N개씩 잘라 행으로 만든 것 — 각 행에 모든 샘플의 한 스텝이 아니라 한 샘플의 여러 스텝이 섞입니다.</translation>
    </message>
    <message>
        <source>x.permute(1, 0): the axes are swapped — row t holds step t of every sample.</source>
        <translation>x.permute(1, 0): 축이 맞바뀝니다 — 행 t에 모든 샘플의 스텝 t가 들어갑니다.</translation>
    </message>
    <message>
        <source>.view() and .reshape() never move a number: they read the memory in order (x[0,0], x[0,1], x[0,2], …) and cut it into rows of the new width, so row 0 of x.view(L, N) holds three steps of sample 0, not step 0 of three samples. .permute() and .transpose() swap the axes: result[t, n] = x[n, t]. From (N, L, H_in) to (L, N, H_in): x.permute(1, 0, 2).</source>
        <translation>.view()와 .reshape()는 숫자를 전혀 옮기지 않습니다: 메모리를 순서대로(x[0,0], x[0,1], x[0,2], …) 읽어 새 너비의 행으로 자를 뿐이므로, x.view(L, N)의 행 0에는 세 샘플의 스텝 0이 아니라 샘플 0의 세 스텝이 들어갑니다. .permute()와 .transpose()는 축을 맞바꿉니다: result[t, n] = x[n, t]. (N, L, H_in)에서 (L, N, H_in)으로: x.permute(1, 0, 2).</translation>
    </message>
    <message>
        <source>samples × steps</source>
        <translation>샘플 × 스텝</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;wrong:&lt;/span&gt; colours mix in a row</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;잘못됨:&lt;/span&gt; 한 행에 색이 섞임</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7a1b&apos;&gt;right:&lt;/span&gt; row t = step t</source>
        <translation>&lt;span style=&apos;color:#1b7a1b&apos;&gt;올바름:&lt;/span&gt; 행 t = 스텝 t</translation>
    </message>
    <message>
        <source>&lt;b&gt;The .view() / .reshape() vs .permute() pitfall&lt;/b&gt; — x = the example input&apos;s first %1 samples × %2 steps, feature 0:</source>
        <translation>&lt;b&gt;.view() / .reshape()와 .permute()의 함정&lt;/b&gt; — x = 예시 입력의 처음 %1개 샘플 × %2 스텝, 특성 0:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The .view() / .reshape() vs .permute() pitfall&lt;/b&gt; — x = a (3, 4) batch of the built-in sine (the current example is too small):</source>
        <translation>&lt;b&gt;.view() / .reshape()와 .permute()의 함정&lt;/b&gt; — x = 내장 사인파의 (3, 4) 배치 (현재 예시가 너무 작음):</translation>
    </message>
</context>
<context>
    <name>ShapesView</name>
    <message>
        <source>tensor</source>
        <translation>텐서</translation>
    </message>
    <message>
        <source>seq-first
(L, N, ·)</source>
        <translation>시퀀스 우선
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
        <translation>배치 없음
(L, ·)</translation>
    </message>
    <message>
        <source>axes (current layout)</source>
        <translation>축 (현재 레이아웃)</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>batch_first=False: x is (L, N, H_in).</source>
        <translation>batch_first=False: x는 (L, N, H_in)입니다.</translation>
    </message>
    <message>
        <source>batch_first=True: x is (N, L, H_in); h_n and c_n do not change.</source>
        <translation>batch_first=True: x는 (N, L, H_in)입니다. h_n과 c_n은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>One sequence (L, H_in): every N axis disappears.</source>
        <translation>시퀀스 하나 (L, H_in): 모든 N 축이 사라집니다.</translation>
    </message>
    <message>
        <source>N batch, L steps, D directions, H_in input features, H cell size, H_out output size (proj_size or H), P proj_size.</source>
        <translation>N 배치, L 스텝, D 방향 수, H_in 입력 특성 수, H 셀 크기, H_out 출력 크기 (proj_size 또는 H), P proj_size.</translation>
    </message>
    <message>
        <source>Copy the PyTorch code to the clipboard.</source>
        <translation>PyTorch 코드를 클립보드에 복사합니다.</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Copy the Keras code to the clipboard.</source>
        <translation>Keras 코드를 클립보드에 복사합니다.</translation>
    </message>
    <message>
        <source>Keras equivalent</source>
        <translation>Keras 대응 코드</translation>
    </message>
    <message>
        <source>Runnable code with exactly these shapes; the comments give each shape.</source>
        <translation>정확히 이 형상으로 실행되는 코드입니다. 주석에 각 형상이 적혀 있습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;N&lt;/b&gt; batch · &lt;b&gt;L&lt;/b&gt; steps (seq_len) · &lt;b&gt;D&lt;/b&gt; directions (2 if bidirectional) · &lt;b&gt;H_in&lt;/b&gt; input features · &lt;b&gt;H&lt;/b&gt; hidden = cell size · &lt;b&gt;H_out&lt;/b&gt; = proj_size if &gt; 0, else H · &lt;b&gt;P&lt;/b&gt; proj_size</source>
        <translation>&lt;b&gt;N&lt;/b&gt; 배치 · &lt;b&gt;L&lt;/b&gt; 스텝 (seq_len) · &lt;b&gt;D&lt;/b&gt; 방향 수 (양방향이면 2) · &lt;b&gt;H_in&lt;/b&gt; 입력 특성 · &lt;b&gt;H&lt;/b&gt; 은닉 = 셀 크기 · &lt;b&gt;H_out&lt;/b&gt; = proj_size &gt; 0이면 proj_size, 아니면 H · &lt;b&gt;P&lt;/b&gt; proj_size</translation>
    </message>
    <message>
        <source>unbatched</source>
        <translation>배치 없음</translation>
    </message>
    <message>
        <source>batch_first=True</source>
        <translation>batch_first=True</translation>
    </message>
    <message>
        <source>seq-first (batch_first=False)</source>
        <translation>시퀀스 우선 (batch_first=False)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current layout: %1&lt;/b&gt; — N = %2, L = %3, D = %4, H_in = %5, H = %6, H_out = %7, num_layers = %8. The highlighted column is what your call gives; h_0, c_0, h_n and c_n never depend on batch_first.</source>
        <translation>&lt;b&gt;현재 레이아웃: %1&lt;/b&gt; — N = %2, L = %3, D = %4, H_in = %5, H = %6, H_out = %7, num_layers = %8. 강조된 열이 현재 호출의 결과입니다. h_0, c_0, h_n, c_n은 batch_first와 무관합니다.</translation>
    </message>
    <message>
        <source>The input is the built-in example batch</source>
        <translation>입력: 내장 예시 배치</translation>
    </message>
    <message>
        <source>The input is read from %1</source>
        <translation>입력: %1에서 읽음</translation>
    </message>
    <message>
        <source>; h_0 = c_0 = 0 (torch&apos;s default).</source>
        <translation>. h_0 = c_0 = 0 (torch 기본값).</translation>
    </message>
    <message>
        <source>; h_0 and c_0 come from %1.</source>
        <translation>. h_0과 c_0은 %1에서 가져옵니다.</translation>
    </message>
</context>
<context>
    <name>StateEditForm</name>
    <message>
        <source>input x</source>
        <translation>입력 x</translation>
    </message>
    <message>
        <source>reverse direction</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>Feature:</source>
        <translation>특성:</translation>
    </message>
    <message>
        <source>Set this value</source>
        <translation>이 값 설정</translation>
    </message>
    <message>
        <source>Tensor:</source>
        <translation>텐서:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>샘플:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>스텝:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>층:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>새 값:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>유닛:</translation>
    </message>
    <message>
        <source>%1 is %2 in the original run.</source>
        <translation>원본 실행에서 %1 = %2</translation>
    </message>
</context>
<context>
    <name>StepperCellDiagram</name>
    <message>
        <source>No forward pass to show.</source>
        <translation>표시할 순전파가 없습니다.</translation>
    </message>
    <message>
        <source>padding: step %1 is not computed (length %2)</source>
        <translation>패딩: 스텝 %1 계산 안 함 (길이 %2)</translation>
    </message>
    <message>
        <source>One LSTM step for the chosen unit: the cell state runs along the top, the four gates read [h_{t−1}, x_t] from below, and h_t leaves to the right (and up: into output[t] from the top layer, into the next layer&apos;s x[t] from a lower one).</source>
        <translation>선택한 유닛의 LSTM 한 스텝: 셀 상태는 위쪽을 따라 흐르고, 네 게이트는 아래에서 [h_{t−1}, x_t]를 읽으며, h_t는 오른쪽으로 나갑니다 (그리고 위로: 최상위 층에서는 output[t]로, 그 아래 층에서는 다음 층의 x[t]로).</translation>
    </message>
    <message>
        <source>to layer %1: its x[t%2]</source>
        <translation>층 %1로: 그 층의 x[t%2]</translation>
    </message>
    <message>
        <source>x[t] = h[t] of layer %1</source>
        <translation>x[t] = 층 %1의 h[t]</translation>
    </message>
    <message>
        <source>x[t] = [h_fwd | h_rev][t] of layer %1</source>
        <translation>x[t] = 층 %1의 [h_fwd | h_rev][t]</translation>
    </message>
    <message>
        <source>clamp</source>
        <translation>고정</translation>
    </message>
</context>
<context>
    <name>StepperCellLoopPanel</name>
    <message>
        <source>step t</source>
        <translation>스텝 t</translation>
    </message>
    <message>
        <source>max |h_cell − h_t|</source>
        <translation>max |h_cell − h_t|</translation>
    </message>
    <message>
        <source>every float equal?</source>
        <translation>모든 float 값 같음?</translation>
    </message>
    <message>
        <source>No LSTMCell loop: nn.LSTMCell has no proj_size.</source>
        <translation>LSTMCell 루프 없음: nn.LSTMCell에는 proj_size가 없습니다.</translation>
    </message>
    <message>
        <source>LSTMCell loop vs nn.LSTM (layer %1): %2 of %3 steps equal in every float; max |h_cell − h_t| = %4 over %5 values — %6</source>
        <translation>LSTMCell 루프 vs nn.LSTM (층 %1): %3 스텝 중 %2 스텝이 모든 float 값까지 같음. max |h_cell − h_t| = %4 (값 %5개) — %6</translation>
    </message>
    <message>
        <source>the same numbers.</source>
        <translation>같은 값입니다.</translation>
    </message>
    <message>
        <source>the same computation; the kernels add the products in another order (float rounding).</source>
        <translation>같은 계산입니다. 커널이 곱을 다른 순서로 더할 뿐입니다 (부동소수점 반올림).</translation>
    </message>
    <message>
        <source>= yes</source>
        <translation>= 예</translation>
    </message>
    <message>
        <source>≈ no, rounding</source>
        <translation>≈ 아니요, 반올림</translation>
    </message>
    <message>
        <source>NOT the same computation: the what-if edits clamp a gate of this layer or set h_0 / c_0, which this plain LSTMCell loop does not do; the differences are the edit, not rounding.</source>
        <translation>같은 계산이 아닙니다: what-if 편집이 이 층의 게이트를 고정하거나 h_0 / c_0을 설정했는데, 이 단순한 LSTMCell 루프는 그렇게 하지 않습니다. 차이는 반올림이 아니라 편집 때문입니다.</translation>
    </message>
    <message>
        <source>≠ no, the what-if edit</source>
        <translation>≠ 아니요, what-if 편집 때문</translation>
    </message>
</context>
<context>
    <name>StepperEquations</name>
    <message>
        <source>The LSTM equations for the chosen unit at the current step, with the numbers of this forward pass substituted. Click a weight or bias term to edit it in the What-if panel.</source>
        <translation>현재 스텝에서 선택한 유닛의 LSTM 식에 이번 순전파의 값을 대입한 것입니다. 가중치나 편향 항을 클릭하면 What-if 패널에서 편집할 수 있습니다.</translation>
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
        <translation>타임스텝 t  (유닛 ↓, 시간 →)</translation>
    </message>
    <message>
        <source>hatched: padding, not computed</source>
        <translation>빗금: 패딩, 계산 안 함</translation>
    </message>
    <message>
        <source>t = %1, unit %2: padding, not computed</source>
        <translation>t = %1, 유닛 %2: 패딩, 계산 안 함</translation>
    </message>
    <message>
        <source>t = %1, unit %2: %3 = %4</source>
        <translation>t = %1, 유닛 %2: %3 = %4</translation>
    </message>
    <message>
        <source>clamped by a what-if edit</source>
        <translation>what-if 편집으로 고정됨</translation>
    </message>
    <message>
        <source>Δ%1 · %2</source>
        <translation>Δ%1 · %2</translation>
    </message>
    <message>
        <source>Δ = edited − original (each row on its own scale, symmetric around 0) · dashed: clamped cells</source>
        <translation>Δ = 편집 후 − 원래 (행마다 0을 중심으로 대칭인 자체 색 범위) · 점선: 고정된 칸</translation>
    </message>
    <message>
        <source>the ORIGINAL run, without the edits · dashed: cells the edits clamp</source>
        <translation>원래 실행 (편집 없음) · 점선: 편집이 고정하는 칸</translation>
    </message>
    <message>
        <source>the EDITED run · dashed: clamped cells</source>
        <translation>편집된 실행 · 점선: 고정된 칸</translation>
    </message>
</context>
<context>
    <name>StepperStackDiagram</name>
    <message>
        <source>The stack at step t: layer k reads layer k−1&apos;s h[t]; only the top layer&apos;s h[t] is output[t]. Each box ends in one row of h_n, in torch&apos;s order layer·D + direction.</source>
        <translation>스텝 t에서의 층 스택: 층 k는 층 k−1의 h[t]를 읽으며, 최상위 층의 h[t]만 output[t]가 됩니다. 각 상자는 torch 순서(층·D + 방향)에 따라 h_n의 한 행으로 끝납니다.</translation>
    </message>
    <message>
        <source>[h_fwd | h_rev][t] (%1 values)</source>
        <translation>[h_fwd | h_rev][t] (값 %1개)</translation>
    </message>
    <message>
        <source>h[t] (%1 values)</source>
        <translation>h[t] (값 %1개)</translation>
    </message>
    <message>
        <source>%1 = output[t]</source>
        <translation>%1 = output[t]</translation>
    </message>
    <message>
        <source>%1 = layer %2&apos;s x[t]</source>
        <translation>%1 = 층 %2의 x[t]</translation>
    </message>
    <message>
        <source>x[t]  (H_in = %1)  ·  t = %2</source>
        <translation>x[t]  (H_in = %1)  ·  t = %2</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>패딩</translation>
    </message>
    <message>
        <source>layer %1 · fwd</source>
        <translation>층 %1 · 순방향</translation>
    </message>
    <message>
        <source>layer %1 · rev</source>
        <translation>층 %1 · 역방향</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>층 %1</translation>
    </message>
    <message>
        <source> (fwd)</source>
        <translation> (순방향)</translation>
    </message>
    <message>
        <source> (rev)</source>
        <translation> (역방향)</translation>
    </message>
</context>
<context>
    <name>StepperStackPanel</name>
    <message>
        <source>row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>layer · direction</source>
        <translation>층 · 방향</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>기록 시점</translation>
    </message>
    <message>
        <source>in output?</source>
        <translation>output에 포함?</translation>
    </message>
    <message>
        <source>= trace h_t</source>
        <translation>= 트레이스 h_t</translation>
    </message>
    <message>
        <source>values (sample n)</source>
        <translation>값 (샘플 n)</translation>
    </message>
    <message>
        <source>Every row of h_n under its own name, in torch&apos;s order: row r is layer r / D, direction r mod D (forward first).</source>
        <translation>h_n의 모든 행을 각각의 이름으로 torch 순서대로 표시: 행 r은 층 r / D, 방향 r mod D (순방향이 먼저).</translation>
    </message>
    <message>
        <source>l%1 fwd</source>
        <translation>층%1 순방향</translation>
    </message>
    <message>
        <source>l%1 rev</source>
        <translation>층%1 역방향</translation>
    </message>
    <message>
        <source>l%1</source>
        <translation>층%1</translation>
    </message>
    <message>
        <source>h_n has D·num_layers = %1 rows: [%2]. Only the top layer&apos;s rows are also in output; h_n[-1] is the last row%3.</source>
        <translation>h_n은 D·num_layers = %1행입니다: [%2]. 최상위 층의 행만 output에도 있으며, h_n[-1]은 마지막 행입니다%3.</translation>
    </message>
    <message>
        <source> — the top layer&apos;s REVERSE direction; the top layer&apos;s forward state is h_n[-2]</source>
        <translation> — 최상위 층의 역방향(REVERSE)이며, 최상위 층의 순방향 상태는 h_n[-2]입니다</translation>
    </message>
    <message>
        <source>layer %1 · forward</source>
        <translation>층 %1 · 순방향</translation>
    </message>
    <message>
        <source>layer %1 · reverse</source>
        <translation>층 %1 · 역방향</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>층 %1</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>no: feeds layer %1</source>
        <translation>아니요: 층 %1의 입력</translation>
    </message>
    <message>
        <source>= equal</source>
        <translation>= 같음</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ 다름</translation>
    </message>
    <message>
        <source>What-if (original → edited):</source>
        <translation>What-if (원래 → 편집 후):</translation>
    </message>
</context>
<context>
    <name>StepperView</name>
    <message>
        <source>Previous time step (←)</source>
        <translation>이전 타임스텝 (←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>재생 / 일시 정지 (Space)</translation>
    </message>
    <message>
        <source>Next time step (→)</source>
        <translation>다음 타임스텝 (→)</translation>
    </message>
    <message>
        <source>The time step t shown in the diagram and the equations.</source>
        <translation>다이어그램과 식에 표시할 타임스텝 t.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Which stacked layer to show (layer k &gt; 0 reads layer k−1&apos;s output).</source>
        <translation>표시할 층 (층 k &gt; 0은 층 k−1의 출력을 읽음).</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>역방향</translation>
    </message>
    <message>
        <source>Bidirectional: the reverse direction reads the sequence from its last step back to 0.</source>
        <translation>양방향: 역방향은 시퀀스를 마지막 스텝부터 0까지 거꾸로 읽습니다.</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <source>Which element n of the batch to show.</source>
        <translation>표시할 배치 원소 n.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>The hidden unit u whose equations and diagram values are shown.</source>
        <translation>식과 다이어그램 값을 표시할 은닉 유닛 u.</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>층 %1</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>  (length %1)</source>
        <translation>  (길이 %1)</translation>
    </message>
    <message>
        <source>n = %1  (length %2)</source>
        <translation>n = %1  (길이 %2)</translation>
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
        <translation>고정 색 범위: 게이트 0…1, g와 h −1…1, c −2…2 (c는 압축되지 않으므로 ±2를 넘으면 색이 포화됨)</translation>
    </message>
    <message>
        <source>reverse direction: runs t = L−1 … 0, its previous state is step t+1&apos;s</source>
        <translation>역방향: t = L−1 … 0 순으로 실행되며, 이전 상태는 스텝 t+1의 상태</translation>
    </message>
    <message>
        <source>hatched: padding, not computed</source>
        <translation>빗금: 패딩, 계산 안 함</translation>
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
        <translation>유닛 %1</translation>
    </message>
    <message>
        <source>Equations</source>
        <translation>식</translation>
    </message>
    <message>
        <source>Layer stack · rows of h_n</source>
        <translation>층 스택 · h_n의 행</translation>
    </message>
    <message>
        <source>LSTMCell loop · chunk(4)</source>
        <translation>LSTMCell 루프 · chunk(4)</translation>
    </message>
    <message>
        <source>Heat maps show:</source>
        <translation>히트맵 표시:</translation>
    </message>
    <message>
        <source>edited run</source>
        <translation>편집된 실행</translation>
    </message>
    <message>
        <source>original run</source>
        <translation>원래 실행</translation>
    </message>
    <message>
        <source>difference (edited − original)</source>
        <translation>차이 (편집 후 − 원래)</translation>
    </message>
    <message>
        <source>What-if: draw the edited run, the original run or their difference. Available while the What-if panel has edits.</source>
        <translation>What-if: 편집된 실행, 원래 실행, 또는 둘의 차이를 그립니다. What-if 패널에 편집이 있을 때 사용할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>what-if: %n edit(s) applied; the equations read original → edited</source>
        <translation>
            <numerusform>what-if: 편집 %n개 적용됨. 식은 원래 → 편집 후로 읽습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>a training run is already active</source>
        <translation>이미 학습이 실행 중입니다</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>train (batch)</source>
        <translation>학습 (배치)</translation>
    </message>
    <message>
        <source>train (epoch)</source>
        <translation>학습 (에폭)</translation>
    </message>
    <message>
        <source>validation (epoch)</source>
        <translation>검증 (에폭)</translation>
    </message>
    <message>
        <source>compare: train</source>
        <translation>비교: 학습</translation>
    </message>
    <message>
        <source>compare: validation</source>
        <translation>비교: 검증</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>lr per batch</source>
        <translation>배치별 lr</translation>
    </message>
    <message>
        <source>lr reduced</source>
        <translation>lr 감소</translation>
    </message>
    <message>
        <source>Gradient norm ‖∇‖₂</source>
        <translation>기울기 노름 ‖∇‖₂</translation>
    </message>
    <message>
        <source>total 2-norm</source>
        <translation>전체 2-노름</translation>
    </message>
    <message>
        <source>before clipping</source>
        <translation>클리핑 전</translation>
    </message>
    <message>
        <source>after clipping</source>
        <translation>클리핑 후</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Validation: prediction vs target</source>
        <translation>검증: 예측 vs 목표값</translation>
    </message>
    <message>
        <source>validation sample</source>
        <translation>검증 샘플</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>%1: train</source>
        <translation>%1: 학습</translation>
    </message>
    <message>
        <source>%1: validation</source>
        <translation>%1: 검증</translation>
    </message>
    <message>
        <source>best epoch %1</source>
        <translation>최적 에폭 %1</translation>
    </message>
    <message>
        <source>lr reduced after epoch %1</source>
        <translation>에폭 %1 후 lr 감소</translation>
    </message>
    <message>
        <source>early stop</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <source>max_norm = %1</source>
        <translation>max_norm = %1</translation>
    </message>
    <message>
        <source>Confusion matrix (validation)</source>
        <translation>혼동 행렬 (검증)</translation>
    </message>
    <message>
        <source>drawn after the first epoch</source>
        <translation>첫 에폭이 끝나면 그려집니다</translation>
    </message>
    <message>
        <source>Validation series, epoch %1: one-step-ahead prediction vs target (original units)</source>
        <translation>검증 시계열, 에폭 %1: 한 스텝 앞 예측 vs 목표값 (원래 단위)</translation>
    </message>
    <message>
        <source>validation sample (time →)</source>
        <translation>검증 샘플 (시간 →)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Reconstruction error per test window (the anomalous part), epoch %1 — flagged above the threshold</source>
        <translation>테스트 윈도우별 재구성 오차 (이상 구간), 에폭 %1 — 임계값을 넘으면 이상치로 표시</translation>
    </message>
    <message>
        <source>test window (time →)</source>
        <translation>테스트 윈도우 (시간 →)</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>reconstruction error</source>
        <translation>재구성 오차</translation>
    </message>
    <message>
        <source>flagged anomaly (%1)</source>
        <translation>이상치로 표시됨 (%1)</translation>
    </message>
    <message>
        <source>threshold (train mean + 3σ) = %1</source>
        <translation>임계값 (학습 평균 + 3σ) = %1</translation>
    </message>
    <message>
        <source>Confusion matrix (validation), epoch %1</source>
        <translation>혼동 행렬 (검증), 에폭 %1</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ 시작</translation>
    </message>
    <message>
        <source>Train a fresh model with the settings below</source>
        <translation>아래 설정으로 새 모델을 학습합니다</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 일시 정지</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ 재개</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 중지</translation>
    </message>
    <message>
        <source>One epoch</source>
        <translation>1 에폭</translation>
    </message>
    <message>
        <source>Train one epoch, then pause</source>
        <translation>1 에폭 학습한 뒤 일시 정지합니다</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>하이퍼파라미터</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Log scale (loss, gradient norm)</source>
        <translation>로그 스케일 (손실, 기울기 노름)</translation>
    </message>
    <message>
        <source>Compare run…</source>
        <translation>실행 비교…</translation>
    </message>
    <message>
        <source>Overlay the curves of a saved run directory (its metrics.csv)</source>
        <translation>저장된 실행 디렉터리의 곡선(metrics.csv)을 겹쳐 표시합니다</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>데이터: %1</translation>
    </message>
    <message>
        <source>preparing data…</source>
        <translation>데이터 준비 중…</translation>
    </message>
    <message>
        <source>epoch %1/%2 · batch %3/%4 · %5 left</source>
        <translation>에폭 %1/%2 · 배치 %3/%4 · %5 남음</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>일시 정지됨.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지됨.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>완료됨.</translation>
    </message>
    <message>
        <source>done · %1 epochs · %2</source>
        <translation>완료 · %1 에폭 · %2</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>실패:</translation>
    </message>
    <message>
        <source>
last epoch: train %1, val %2, lr %3</source>
        <translation>
마지막 에폭: 학습 %1, 검증 %2, lr %3</translation>
    </message>
    <message>
        <source>Open a saved run directory (with metrics.csv)</source>
        <translation>저장된 실행 디렉터리 열기 (metrics.csv 포함)</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <source>Finished %1 epochs.</source>
        <translation>%1 에폭 완료.</translation>
    </message>
    <message>
        <source>Stopped by request at epoch %1, batch %2.</source>
        <translation>요청에 따라 에폭 %1, 배치 %2에서 중지했습니다.</translation>
    </message>
    <message>
        <source>Stopped early at epoch %1: the validation loss stopped improving; best epoch %2.</source>
        <translation>에폭 %1에서 조기 종료: 검증 손실이 더 이상 개선되지 않았습니다. 최적 에폭 %2.</translation>
    </message>
    <message>
        <source>Stopped early at epoch %1: the validation loss stopped improving.</source>
        <translation>에폭 %1에서 조기 종료: 검증 손실이 더 이상 개선되지 않았습니다.</translation>
    </message>
    <message>
        <source>Data for the next run: %1. The paused run (the curves below) trains on %2: Resume continues it on that data; Stop, then Start, trains on the new data.</source>
        <translation>다음 실행의 데이터: %1. 일시 정지된 실행(아래 곡선)의 학습 데이터는 %2입니다: ‘재개’는 그 데이터로 이어서 학습하고, ‘중지’ 후 ‘시작’하면 새 데이터로 학습합니다.</translation>
    </message>
    <message>
        <source>Data for the next run: %1. The curves below are the previous run&apos;s, on %2.</source>
        <translation>다음 실행의 데이터: %1. 아래 곡선은 이전 실행(데이터: %2)의 결과입니다.</translation>
    </message>
    <message>
        <source>paused · epoch %1/%2 · batch %3/%4</source>
        <translation>일시 정지 · 에폭 %1/%2 · 배치 %3/%4</translation>
    </message>
    <message>
        <source>%1 · model: %2, LSTM(hidden %3, layers %4)</source>
        <translation>%1 · 모델: %2, LSTM(은닉 %3, 층 %4)</translation>
    </message>
</context>
<context>
    <name>WhatIfEditText</name>
    <message>
        <source>projection of %1: weight from cell unit %2 to h_t[%3] set to %4</source>
        <translation>%1의 투영: 셀 유닛 %2에서 h_t[%3]로 가는 가중치를 %4로 설정</translation>
    </message>
    <message>
        <source>gate %1 of %2 unit %3: %4 set to %5</source>
        <translation>%2 유닛 %3의 게이트 %1: %4를 %5로 설정</translation>
    </message>
    <message>
        <source>gate %1 of %2 unit %3: the weight on %4 set to %5</source>
        <translation>%2 유닛 %3의 게이트 %1: %4에 곱하는 가중치를 %5로 설정</translation>
    </message>
    <message>
        <source>input of sample %1 at step %2, feature %3 set to %4</source>
        <translation>샘플 %1, 스텝 %2, 특성 %3의 입력을 %4로 설정</translation>
    </message>
    <message>
        <source>%1 of %2, sample %3, unit %4 set to %5</source>
        <translation>%2, 샘플 %3, 유닛 %4의 %1을 %5로 설정</translation>
    </message>
    <message>
        <source> (sample %1 only)</source>
        <translation> (샘플 %1만)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>층 %1</translation>
    </message>
    <message>
        <source>layer %1, reverse</source>
        <translation>층 %1, 역방향</translation>
    </message>
    <message>
        <source>%1 of %2 unit %3 forced to %4 at steps %5–%6</source>
        <translation>%2 유닛 %3의 %1을 스텝 %5–%6에서 %4로 고정</translation>
    </message>
    <message>
        <source>unit %1 of %2 knocked out: o = 0 at every step, so it passes nothing on to h_t</source>
        <translation>%2 유닛 %1 끄기: 모든 스텝에서 o = 0이므로 h_t에 아무것도 전달하지 않음</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Undo last</source>
        <translation>마지막 취소</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>선택 항목 제거</translation>
    </message>
    <message>
        <source>Undo all</source>
        <translation>모두 취소</translation>
    </message>
    <message>
        <source>Add an edit</source>
        <translation>수정 추가</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Input, h_0, c_0</source>
        <translation>입력, h_0, c_0</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>게이트</translation>
    </message>
    <message>
        <source>Drag the input</source>
        <translation>입력 드래그</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>샘플:</translation>
    </message>
    <message>
        <source>Feature:</source>
        <translation>특성:</translation>
    </message>
    <message>
        <source>The same change in PyTorch</source>
        <translation>PyTorch로 같은 변경</translation>
    </message>
    <message>
        <source>Copy as PyTorch</source>
        <translation>PyTorch 코드로 복사</translation>
    </message>
    <message>
        <source>What-if: no edits — the views show the model as it is.</source>
        <translation>What-if: 수정 없음 — 뷰는 모델을 그대로 보여 줍니다.</translation>
    </message>
    <message>
        <source>What-if: 1 edit — every view shows the edited run; the original is the grey ghost.</source>
        <translation>What-if: 수정 1개 — 모든 뷰가 수정된 실행을 보여 주며, 원본은 회색 고스트입니다.</translation>
    </message>
    <message>
        <source>What-if: %1 edits — every view shows the edited run; the original is the grey ghost.</source>
        <translation>What-if: 수정 %1개 — 모든 뷰가 수정된 실행을 보여 주며, 원본은 회색 고스트입니다.</translation>
    </message>
</context>
<context>
    <name>lstmviz::ui</name>
    <message>
        <source>Many-to-one</source>
        <translation>다대일 (many-to-one)</translation>
    </message>
    <message>
        <source>One-to-many</source>
        <translation>일대다 (one-to-many)</translation>
    </message>
    <message>
        <source>Many-to-many</source>
        <translation>다대다 (many-to-many)</translation>
    </message>
    <message>
        <source>Encoder–decoder (seq2seq)</source>
        <translation>인코더–디코더 (seq2seq)</translation>
    </message>
    <message>
        <source>LSTM autoencoder</source>
        <translation>LSTM 오토인코더</translation>
    </message>
    <message>
        <source>last layer, reverse direction</source>
        <translation>마지막 층, 역방향</translation>
    </message>
    <message>
        <source>last layer&apos;s final h</source>
        <translation>마지막 층의 최종 h</translation>
    </message>
    <message>
        <source>h_n holds every layer&apos;s and direction&apos;s final state; [-1] is the last layer&apos;s last direction.</source>
        <translation>h_n은 모든 층과 방향의 최종 상태를 담으며, [-1]은 마지막 층의 마지막 방향입니다.</translation>
    </message>
    <message>
        <source>Flatten: every step, fixed L</source>
        <translation>Flatten: 모든 스텝, 고정 L</translation>
    </message>
    <message>
        <source>average over the steps</source>
        <translation>스텝에 대한 평균</translation>
    </message>
    <message>
        <source>the last step</source>
        <translation>마지막 스텝</translation>
    </message>
    <message>
        <source>Bidirectional: the reverse half of the last step has read only the last input; h_n[-1] holds the reverse state after the whole sequence.</source>
        <translation>양방향: 마지막 스텝의 역방향 절반은 마지막 입력만 읽은 상태입니다. h_n[-1]은 시퀀스 전체를 읽은 뒤의 역방향 상태를 담습니다.</translation>
    </message>
    <message>
        <source>A whole sequence in, one prediction out (classification, next-value forecast). The head reads one vector per sample: the last step of output, the final state h_n[-1], all steps flattened, or their mean.</source>
        <translation>시퀀스 전체를 입력받아 예측 하나를 출력합니다(분류, 다음 값 예측). 헤드는 샘플마다 벡터 하나를 읽습니다: output의 마지막 스텝, 최종 상태 h_n[-1], 펼친 모든 스텝, 또는 그 평균.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>the head</source>
        <translation>헤드</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>final states</source>
        <translation>최종 상태</translation>
    </message>
    <message>
        <source>one vector per sample</source>
        <translation>샘플마다 벡터 하나</translation>
    </message>
    <message>
        <source>same weights at every step</source>
        <translation>모든 스텝에서 같은 가중치</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>시퀀스</translation>
    </message>
    <message>
        <source>A sequence in, one prediction per step out. Keras wraps the Dense layer in TimeDistributed; in PyTorch nn.Linear already acts on the last axis only, so applying it to the 3-D output is the same computation.</source>
        <translation>시퀀스를 입력받아 스텝마다 예측 하나를 출력합니다. Keras는 Dense 층을 TimeDistributed로 감싸지만, PyTorch의 nn.Linear는 원래 마지막 축에만 작용하므로 3차원 출력에 그대로 적용해도 같은 계산입니다.</translation>
    </message>
    <message>
        <source>for t in range(L): Linear(%1)</source>
        <translation>for t in range(L): Linear(%1)</translation>
    </message>
    <message>
        <source>on the 3-D output (last axis)</source>
        <translation>3차원 출력에 적용 (마지막 축)</translation>
    </message>
    <message>
        <source>= 0 exactly</source>
        <translation>= 정확히 0</translation>
    </message>
    <message>
        <source>Multi-step forecasting: the encoder reads the window, its final (h_n, c_n) start the decoder, which is run one step at a time for k = %1 future steps, each step reading the previous prediction.</source>
        <translation>다중 스텝 예측: 인코더가 윈도우를 읽고, 그 최종 (h_n, c_n)으로 디코더를 시작합니다. 디코더는 미래 k = %1 스텝 동안 한 스텝씩 실행되며, 각 스텝은 이전 예측을 읽습니다.</translation>
    </message>
    <message>
        <source>input window</source>
        <translation>입력 윈도우</translation>
    </message>
    <message>
        <source>encoder nn.LSTM</source>
        <translation>인코더 nn.LSTM</translation>
    </message>
    <message>
        <source>encoder&apos;s final state</source>
        <translation>인코더의 최종 상태</translation>
    </message>
    <message>
        <source>decoder nn.LSTM</source>
        <translation>디코더 nn.LSTM</translation>
    </message>
    <message>
        <source>%1 · one step × k = %2</source>
        <translation>%1 · 한 스텝 × k = %2</translation>
    </message>
    <message>
        <source>torch.cat of the k predictions</source>
        <translation>k개 예측의 torch.cat</translation>
    </message>
    <message>
        <source>last known value(s)</source>
        <translation>마지막 관측값</translation>
    </message>
    <message>
        <source>initial (h_0, c_0)</source>
        <translation>초기 (h_0, c_0)</translation>
    </message>
    <message>
        <source>p_j %1: the next step&apos;s input</source>
        <translation>p_j %1: 다음 스텝의 입력</translation>
    </message>
    <message>
        <source>Anomaly detection: the encoder compresses each window into its final hidden state z, the decoder unrolls z over L steps and a per-step Linear reconstructs the input; windows reconstructed badly are anomalies.</source>
        <translation>이상 탐지: 인코더가 각 윈도우를 최종 은닉 상태 z로 압축하고, 디코더가 z를 L 스텝에 걸쳐 펼친 뒤 스텝별 Linear가 입력을 재구성합니다. 재구성이 잘 안 되는 윈도우가 이상치입니다.</translation>
    </message>
    <message>
        <source>last layer&apos;s final state</source>
        <translation>마지막 층의 최종 상태</translation>
    </message>
    <message>
        <source>per step (TimeDistributed)</source>
        <translation>스텝별 (TimeDistributed)</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>재구성</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오차</translation>
    </message>
    <message>
        <source>(x_hat − x)², mean over features</source>
        <translation>(x_hat − x)², 특성 평균</translation>
    </message>
    <message>
        <source>x (the target)</source>
        <translation>x (목표값)</translation>
    </message>
    <message>
        <source>the input at step %1, %2 feature(s)</source>
        <translation>스텝 %1의 입력, 특성 %2개</translation>
    </message>
    <message>
        <source>layer %1&apos;s output at step %2, %3 values</source>
        <translation>스텝 %2에서 층 %1의 출력, 값 %3개</translation>
    </message>
    <message>
        <source>the initial state, h₀ = c₀ = 0 (this is the direction&apos;s first step)</source>
        <translation>초기 상태, h₀ = c₀ = 0 (이 방향의 첫 스텝)</translation>
    </message>
    <message>
        <source>reverse direction: the previous step is t+1 = %1</source>
        <translation>역방향: 이전 스텝은 t+1 = %1</translation>
    </message>
    <message>
        <source>the previous step t−1 = %1</source>
        <translation>이전 스텝 t−1 = %1</translation>
    </message>
    <message>
        <source>Step %1 is padding for sample %2 (length %3): the packed nn.LSTM does not compute it. Gates read 0 here, the state is carried unchanged and output[t] is 0.</source>
        <translation>샘플 %2(길이 %3)의 스텝 %1: 패딩이므로 패킹된 nn.LSTM은 이 스텝을 계산하지 않습니다. 여기서 게이트 값은 0, 상태는 그대로 전달되며 output[t]는 0입니다.</translation>
    </message>
    <message>
        <source> + … (%1 terms)</source>
        <translation> + … (항 %1개)</translation>
    </message>
    <message>
        <source>Check: each sum of the four terms equals the pre-activation the core recorded (max |difference| = %1).</source>
        <translation>검사: 네 항의 합이 각각 코어가 기록한 활성화 전 값과 같습니다 (max |차이| = %1).</translation>
    </message>
    <message>
        <source>Check FAILED: a recomputed sum differs from the recorded pre-activation by %1.</source>
        <translation>검사 실패: 다시 계산한 합이 기록된 활성화 전 값과 %1만큼 다릅니다.</translation>
    </message>
    <message>
        <source>input gate</source>
        <translation>입력 게이트</translation>
    </message>
    <message>
        <source>Input gate i_t = σ(…) ∈ (0, 1): how much of the candidate g_t is written into the cell.</source>
        <translation>입력 게이트 i_t = σ(…) ∈ (0, 1): 셀 후보 g_t를 셀에 얼마나 기록할지.</translation>
    </message>
    <message>
        <source>forget gate</source>
        <translation>망각 게이트</translation>
    </message>
    <message>
        <source>Forget gate f_t = σ(…) ∈ (0, 1): how much of the previous cell state c_{t−1} is kept.</source>
        <translation>망각 게이트 f_t = σ(…) ∈ (0, 1): 이전 셀 상태 c_{t−1}을 얼마나 유지할지.</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>셀 후보</translation>
    </message>
    <message>
        <source>Candidate g_t = tanh(…) ∈ (−1, 1): the new content proposed for the cell.</source>
        <translation>셀 후보 g_t = tanh(…) ∈ (−1, 1): 셀에 새로 제안되는 내용.</translation>
    </message>
    <message>
        <source>output gate</source>
        <translation>출력 게이트</translation>
    </message>
    <message>
        <source>Output gate o_t = σ(…) ∈ (0, 1): how much of tanh(c_t) is exposed as the hidden state h_t.</source>
        <translation>출력 게이트 o_t = σ(…) ∈ (0, 1): tanh(c_t)를 은닉 상태 h_t로 얼마나 내보낼지.</translation>
    </message>
    <message>
        <source>cell state</source>
        <translation>셀 상태</translation>
    </message>
    <message>
        <source>Cell state c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t: the long-term memory; it is not squashed and can exceed ±1 (colours saturate beyond ±2).</source>
        <translation>셀 상태 c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t: 장기 기억. 값이 압축되지 않으므로 ±1을 넘을 수 있습니다 (±2를 넘으면 색이 포화됨).</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>은닉 상태</translation>
    </message>
    <message>
        <source>Hidden state h_t = o_t ⊙ tanh(c_t): the output at step t and the recurrent input of the next step.</source>
        <translation>은닉 상태 h_t = o_t ⊙ tanh(c_t): 스텝 t의 출력이자 다음 스텝의 순환 입력.</translation>
    </message>
    <message>
        <source>the initial state h₀, c₀ from %1 (this is the direction&apos;s first step)</source>
        <translation>%1에서 가져온 초기 상태 h₀, c₀ (이 방향의 첫 스텝)</translation>
    </message>
    <message>
        <source>One vector in, a sequence out (generate K steps from a seed). The input is repeated K times (Keras&apos; RepeatVector) and every step of the LSTM&apos;s output goes through the same Linear.</source>
        <translation>벡터 하나를 입력받아 시퀀스를 출력합니다(시드에서 K 스텝 생성). 입력을 K번 반복하고(Keras의 RepeatVector) LSTM 출력의 모든 스텝이 같은 Linear를 통과합니다.</translation>
    </message>
    <message>
        <source>every step</source>
        <translation>모든 스텝</translation>
    </message>
    <message>
        <source>steps %1 to the end</source>
        <translation>스텝 %1부터 끝까지</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>스텝 %1–%2</translation>
    </message>
    <message>
        <source>x_t was edited (what-if)</source>
        <translation>x_t가 편집됨 (what-if)</translation>
    </message>
    <message>
        <source>Edit this bias in the What-if panel: %1</source>
        <translation>이 편향을 What-if 패널에서 편집: %1</translation>
    </message>
    <message>
        <source>Edit this weight in the What-if panel: %1</source>
        <translation>이 가중치를 What-if 패널에서 편집: %1</translation>
    </message>
    <message>
        <source>clamped by a what-if edit to %1 at %2: %3(a) is not used, the equation does not hold for this unit here</source>
        <translation>what-if 편집으로 %2에서 %1(으)로 고정됨: %3(a)는 쓰이지 않으며, 여기서 이 유닛에는 식이 성립하지 않습니다</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 변화 없음</translation>
    </message>
    <message>
        <source>%1 changed by up to %2</source>
        <translation>%1 최대 %2만큼 변함</translation>
    </message>
    <message>
        <source>Over all %1 sample(s): %2; %3.</source>
        <translation>샘플 %1개 전체: %2; %3.</translation>
    </message>
    <message>
        <source>output: unchanged (all %1 elements equal the original&apos;s).</source>
        <translation>output: 변화 없음 (원소 %1개 모두 원래 값과 같음).</translation>
    </message>
    <message>
        <source>output: %1 of %2 elements changed, by up to %3; the first change is at step %4.</source>
        <translation>output: 원소 %2개 중 %1개가 최대 %3만큼 변함. 첫 변화는 스텝 %4.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See exactly what torch.nn.LSTM does.</source>
        <translation>torch.nn.LSTM의 동작을 정확히 살펴봅니다.</translation>
    </message>
    <message>
        <source>Render the view into FILE.png offscreen and exit.</source>
        <translation>뷰를 화면 없이 FILE.png로 렌더링하고 종료합니다.</translation>
    </message>
    <message>
        <source>The view to show: shapes, stepper, outputs, architectures, packing, training, histograms, gradients.</source>
        <translation>표시할 뷰: shapes, stepper, outputs, architectures, packing, training, histograms, gradients.</translation>
    </message>
    <message>
        <source>Start from this configuration (JSON) instead of the saved session.</source>
        <translation>저장된 세션 대신 이 설정(JSON)으로 시작합니다.</translation>
    </message>
    <message>
        <source>Import an nn.LSTM state_dict (safetensors).</source>
        <translation>nn.LSTM state_dict(safetensors)를 가져옵니다.</translation>
    </message>
    <message>
        <source>Train this many epochs before the screenshot.</source>
        <translation>스크린샷을 찍기 전에 이 에폭 수만큼 학습합니다.</translation>
    </message>
    <message>
        <source>Interface language: en, ko (한국어) or ja (日本語). Default: the one chosen in View ▸ Language, else the system&apos;s.</source>
        <translation>인터페이스 언어: en, ko (한국어) 또는 ja (日本語). 기본값: 보기 ▸ 언어에서 고른 언어, 없으면 시스템 언어.</translation>
    </message>
    <message>
        <source>Import a CSV series (as File ▸ Import CSV): the explorer&apos;s batch and the training data.</source>
        <translation>CSV 시계열을 가져옵니다 (파일 ▸ CSV 가져오기와 같음): 탐색기의 배치와 학습 데이터가 됩니다.</translation>
    </message>
    <message>
        <source>Run the explorer on this batch: input (and lengths, h_0, c_0) from a safetensors, .npy or .npz file.</source>
        <translation>이 배치로 탐색기를 실행합니다: safetensors, .npy 또는 .npz 파일에서 input(및 lengths, h_0, c_0)을 읽습니다.</translation>
    </message>
    <message>
        <source>A file written by lstmviz.save (app/python/lstmviz.py): its model&apos;s weights and its batch, as --weights FILE --input FILE.</source>
        <translation>lstmviz.save(app/python/lstmviz.py)로 저장한 파일: 모델의 가중치와 배치를 --weights FILE --input FILE과 같이 불러옵니다.</translation>
    </message>
    <message>
        <source>Follow a training run directory (lstmviz&apos;s, or written by lstmviz.Watch) as epochs arrive.</source>
        <translation>학습 실행 디렉터리(lstmviz 또는 lstmviz.Watch가 기록한 것)를 에폭이 기록될 때마다 추적합니다.</translation>
    </message>
    <message>
        <source>Open this lesson (its example, view and highlight); --list-lessons lists them.</source>
        <translation>이 레슨을 엽니다 (예시, 뷰, 강조 표시). 레슨 목록은 --list-lessons로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Print every lesson as id&lt;TAB&gt;title and exit.</source>
        <translation>모든 레슨을 id&lt;TAB&gt;title 형식으로 출력하고 종료합니다.</translation>
    </message>
    <message>
        <source>Window size (default 1400x900, at most 16384x16384).</source>
        <translation>창 크기 (기본값 1400x900, 최대 16384x16384).</translation>
    </message>
    <message>
        <source>Load an architecture&apos;s preset, as its &quot;Load preset&quot; button: many_to_one, one_to_many, many_to_many, seq2seq or autoencoder.</source>
        <translation>&quot;프리셋 불러오기&quot; 버튼처럼 아키텍처의 프리셋을 불러옵니다: many_to_one, one_to_many, many_to_many, seq2seq, autoencoder.</translation>
    </message>
    <message>
        <source>What-if: change one value before the run (repeatable): a parameter element NAME[i,j]=V (weight_hh_l0[5,3]=0.25), an input value x[i,j,k]=V indexed as the input tensor is laid out, or h0[...]=V / c0[...]=V.</source>
        <translation>What-if: 실행 전에 값 하나를 바꿉니다 (반복 가능): 파라미터 원소 NAME[i,j]=V (weight_hh_l0[5,3]=0.25), 입력 텐서의 배치 순서대로 인덱싱한 입력 값 x[i,j,k]=V, 또는 h0[...]=V / c0[...]=V.</translation>
    </message>
    <message>
        <source>What-if: force a gate of a unit (repeatable): G@lK[_reverse]:uU[:tA-B][:nS]=V, e.g. f@l0:u3:t2-7=1.0.</source>
        <translation>What-if: 유닛의 게이트를 고정합니다 (반복 가능): G@lK[_reverse]:uU[:tA-B][:nS]=V, 예: f@l0:u3:t2-7=1.0.</translation>
    </message>
    <message>
        <source>What-if: knock a unit out, o = 0 at every step (repeatable): lK[_reverse]:uU[:nS], e.g. l0:u5.</source>
        <translation>What-if: 유닛을 끕니다, 모든 스텝에서 o = 0 (반복 가능): lK[_reverse]:uU[:nS], 예: l0:u5.</translation>
    </message>
</context>
</TS>
