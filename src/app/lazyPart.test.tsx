import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { lazyPart, useLazyPart, type LazyPart } from './lazyPart.ts';

type Part = { greeting: string };

function Shows({ part }: { part: LazyPart<Part> }) {
  const { module, failed, retry } = useLazyPart(part);
  if (module) return <p>{module.greeting}</p>;
  if (failed) {
    return (
      <button type="button" onClick={retry}>
        retry
      </button>
    );
  }
  return <p>loading</p>;
}

test('a part loads once, and a loaded part renders at once', async () => {
  let imports = 0;
  const part = lazyPart(async () => {
    imports += 1;
    return { greeting: 'hello' };
  });
  const first = render(<Shows part={part} />);
  expect(screen.getByText('loading')).toBeInTheDocument();
  expect(await screen.findByText('hello')).toBeInTheDocument();
  first.unmount();
  render(<Shows part={part} />);
  expect(screen.getByText('hello')).toBeInTheDocument();
  await part.load();
  expect(imports).toBe(1);
});

test('a part that failed to load says so, and loads when asked again', async () => {
  let fails = true;
  const part = lazyPart(async () => {
    if (fails) throw new Error('offline');
    return { greeting: 'back online' };
  });
  render(<Shows part={part} />);
  const retry = await screen.findByRole('button', { name: 'retry' });
  fails = false;
  await userEvent.click(retry);
  expect(await screen.findByText('back online')).toBeInTheDocument();
});
