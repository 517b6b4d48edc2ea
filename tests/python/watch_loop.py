#!/usr/bin/python3
"""A learner's own small PyTorch training loop with lstmviz.Watch, for
tests/cli/python_helper_test.cpp. Usage: watch_loop.py HELPER_DIR OUT_DIR

Writes, besides what Watch and save write (OUT_DIR/run, OUT_DIR/saved.safetensors):
  OUT_DIR/expected.safetensors
    train_loss (E)            the loss logged for each epoch 1..E
    epoch2.output, epoch2.h_n, epoch2.c_n, epoch2.head_output
                              torch's numbers with epoch 2's weights on the probe batch
                              (head_output = fc(output[:, -1]))
    saved.output, saved.h_n, saved.c_n   torch's numbers for the model and batch given to save
"""
import copy
import os
import sys

import torch

sys.path.insert(0, sys.argv[1])
import lstmviz  # noqa: E402

out_dir = sys.argv[2]
torch.set_num_threads(1)
torch.manual_seed(15)


class Forecaster(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(2, 6, batch_first=True)
        self.fc = torch.nn.Linear(6, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


model = Forecaster()
x = torch.randn(16, 8, 2)
y = x.sum(dim=(1, 2)).unsqueeze(1) * 0.1
probe = x[:3]
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
watch = lstmviz.Watch(os.path.join(out_dir, "run"), model, probe)
losses, snapshots = [], {}
for epoch in range(1, 5):
    for i in range(0, 16, 4):
        optimizer.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x[i:i + 4]), y[i:i + 4])
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        train_loss = torch.nn.functional.mse_loss(model(x), y).item()
    losses.append(train_loss)
    watch.log(epoch, train_loss, lr=optimizer.param_groups[0]["lr"])
    snapshots[epoch] = copy.deepcopy(model)

expected = [("train_loss", torch.tensor(losses, dtype=torch.float64))]
with torch.no_grad():
    m2 = snapshots[2]
    out, (h, c) = m2.lstm(probe)
    expected += [("epoch2.output", out), ("epoch2.h_n", h), ("epoch2.c_n", c),
                 ("epoch2.head_output", m2.fc(out[:, -1]))]
    lstmviz.save(os.path.join(out_dir, "saved.safetensors"), model, x[5:7])
    out, (h, c) = model.lstm(x[5:7])
    expected += [("saved.output", out), ("saved.h_n", h), ("saved.c_n", c)]
lstmviz.write_safetensors(os.path.join(out_dir, "expected.safetensors"), expected)
